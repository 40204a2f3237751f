package com.lcnews.trends.modelops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.training.RetrainingService;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.taxonomy.Taxonomy;
import com.lcnews.trends.shared.taxonomy.TopicEdit;
import com.lcnews.trends.testing.ArticleFixtures;

/**
 * Retraining from the dashboard after a data scientist has added a topic and labelled articles of it: the new model
 * learns the new topic from those labels (with the bundled seed labels for the others); labels of a topic retired
 * meanwhile are left out with a warning that stays in sight.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class RetrainingOnTheStoreTaxonomyIT {

	private static final Instant LABELLED = Instant.parse("2024-10-01T08:00:00Z");

	@Autowired
	ModelOpsService ops;

	@Autowired
	ModelRegistry registry;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTopicAddedInTheStoreIsLearnedFromItsLabelsAndARetiredOnesLabelsAreLeftOut() throws Exception {
		taxonomy.add(TopicEdit.of("sports", "体育赛事", "Sports events", "", "运动会、马拉松、球类比赛等体育赛事的举办和成绩",
				"运动会、马拉松、比赛、选手"), "scientist");
		var rowing = taxonomy.add(TopicEdit.of("rowing", "赛艇", "Rowing", "", "赛艇比赛", "赛艇"), "scientist");
		ArticleFixtures fixtures = new ArticleFixtures(jdbc);
		String[][] sport = { { "聊城国际马拉松鸣枪开跑", "两万名跑者沿东昌湖环湖赛道奔跑，市民沿途为选手加油助威。" },
				{ "市运动会篮球比赛在市体育馆开赛", "来自八个县市区的十六支代表队参加篮球比赛，比赛为期五天。" },
				{ "全民健身乒乓球邀请赛在东阿县举行", "两百余名乒乓球爱好者报名参赛，比赛分男女单打和团体赛。" } };
		for (String[] a : sport) {
			long id = fixtures.article(a[0], a[1], LocalDate.of(2024, 9, 1), DatePrecision.DAY, "371502");
			fixtures.label(id, "sports", LABELLED, "dashboard");
		}
		long regatta = fixtures.article("东昌湖赛艇邀请赛落幕", "八支赛艇队在东昌湖上角逐。", LocalDate.of(2024, 9, 2),
				DatePrecision.DAY, "371502");
		fixtures.label(regatta, "rowing", LABELLED, "dashboard");
		taxonomy.retire("rowing", rowing.revision(), "scientist");

		ops.startRetraining("scientist");
		TrainingProgress done = waitForTheEnd(Duration.ofMinutes(20));

		assertThat(done.state()).as(done.lastMessage()).isEqualTo(TrainingProgress.State.COMPLETED);
		ModelMetadata model = registry.find(done.version()).orElseThrow().metadata();
		assertThat(model.topics()).contains("sports", "education", "poverty").doesNotContain("rowing");
		assertThat(model.classCounts()).containsEntry("sports", 3).doesNotContainKey("rowing");
		assertThat(model.taxonomy().path()).isEqualTo(RetrainingService.STORE_TAXONOMY);
		assertThat(done.lastMessage()).as("the warning stays in sight")
			.contains("1 dashboard label(s) of topic 'rowing' left out");
	}

	private TrainingProgress waitForTheEnd(Duration atMost) throws InterruptedException {
		Instant until = Instant.now().plus(atMost);
		TrainingProgress p = ops.trainingProgress();
		while (p.state() == TrainingProgress.State.RUNNING && Instant.now().isBefore(until)) {
			Thread.sleep(500);
			p = ops.trainingProgress();
		}
		return p;
	}

}
