package com.lcnews.trends.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lcnews.trends.classify.EncodingVectorSource;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.TopicCatalog;

/**
 * A topic without a description (a taxonomy entry with a name only, or a topic known by its code only) on the zero-shot
 * and training paths, with the real sentence model: the stated fallback is its name (else its code) as its only
 * description; models build, classify and abstain on text with nothing to read.
 */
class TopicWithoutDescriptionTest {

	private static final List<String> ODD_TEXTS = List.of("", " \n", "🙂🙂🎉", "مرحبا بالعالم",
			"Liaocheng holds a spring job fair", "体育".repeat(400_000));

	@TempDir
	Path models;

	private static List<TopicDescription> topics() {
		var education = new TopicCatalog.Entry(new Topic("education"), "教育", "Education", true, "Schools",
				"学校教育：中小学、幼儿园、高校和职业培训", List.of("学校", "教师", "学生"));
		var sports = new TopicCatalog.Entry(new Topic("sports"), "体育", "Sports", true, "", "", List.of());
		return List.of(new TopicDescription("education", education.zeroShotTexts()),
				new TopicDescription("sports", sports.zeroShotTexts()), new TopicDescription("notice", List.of()));
	}

	@Test
	void theFallbackDescriptionsAreTheNameElseTheCode() {
		assertThat(topics()).extracting(TopicDescription::texts)
			.containsExactly(List.of("教育：学校教育：中小学、幼儿园、高校和职业培训", "学校、教师、学生"), List.of("体育"), List.of("notice"));
	}

	@Test
	void aZeroShotModelWithATopicKnownByItsNameAloneClassifiesAndAbstainsOnNothingToRead() {
		TopicClassifier zeroShot = new WekaTrainingService(null, Encoders::forSpec).zeroShot(topics(),
				Encoders.defaultSpec().withLeadChars(128));

		assertThat(zeroShot.classify("市体育中心举办全民健身运动会，体育爱好者参加篮球、乒乓球比赛").best().code()).isEqualTo("sports");
		assertThat(zeroShot.classify("实验小学举行开学典礼，师生参加升旗仪式").best().code()).isEqualTo("education");
		assertOddTextsNeverFail(zeroShot);
	}

	@Test
	void trainingWithATopicThatHasNoDescriptionBuildsAModelOfEveryTopic() throws Exception {
		List<LabelledText> data = new ArrayList<>();
		String[][] pages = { { "education", "实验小学举行开学典礼", "sports", "市运动会开幕，运动员入场", "notice", "营业执照遗失声明" },
				{ "education", "中学教师参加教学能力培训", "sports", "马拉松比赛鸣枪开跑", "notice", "公章遗失，声明作废" },
				{ "education", "幼儿园开展安全教育活动", "sports", "乒乓球联赛决出冠军", "notice", "关于注销合作社的公告" } };
		for (int p = 0; p < pages.length; p++) {
			for (int i = 0; i < pages[p].length; i += 2) {
				data.add(new LabelledText(pages[p][i + 1], new Topic(pages[p][i]), null, "page " + p, "page-" + p));
			}
		}
		var service = new WekaTrainingService(new EncodingVectorSource(Encoders::forSpec, null), Encoders::forSpec);
		var options = new TrainingOptions("emb", "words", "nbm", List.of("words"), List.of("nbm"), 3, 1, 42, 0.5, false,
				TrainingOptions.EMBEDDING_RECIPES, List.of(64), Encoders.BGE_SMALL_ZH_Q8);
		var source = new ModelMetadata.Source("fixture", "0".repeat(64), data.size());

		ModelMetadata trained = service.train(data, topics(), source, source, options, models, line -> {
		});
		TopicClassifier model = service.load(models.resolve(trained.version() + ".json"));

		assertThat(model.topics()).extracting(Topic::code).containsExactly("education", "sports", "notice");
		assertOddTextsNeverFail(model);
	}

	private static void assertOddTextsNeverFail(TopicClassifier model) {
		for (String text : ODD_TEXTS) {
			Prediction p = model.classify(text);
			assertThat(p.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-6));
			if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
				assertThat(p.unclassified()).as("nothing to read in '%s'", text).isTrue();
			}
		}
	}

}
