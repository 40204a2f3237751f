package com.lcnews.trends.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.modelops.ZeroShotPreview;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.taxonomy.Taxonomy;
import com.lcnews.trends.shared.taxonomy.TopicChanged;
import com.lcnews.trends.shared.taxonomy.TopicEdit;
import com.lcnews.trends.shared.taxonomy.TopicRecord;
import com.lcnews.trends.shared.ui.AccessDeniedView;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.KaribuSession;
import com.lcnews.trends.vectors.EmbeddingProgress;
import com.lcnews.trends.vectors.EmbeddingService;

/**
 * The topics page as a data scientist uses it (Karibu-Testing, no browser), on a store of a few articles whose
 * sentence vectors the bundled encoder (bge-small-zh, the promoted default model's) has stored: a topic added with a
 * Chinese description and keywords takes the articles that match it in the zero-shot preview, is renamed and
 * re-described, refused when someone else changed it meanwhile, retired (gone from the label choices, still named on
 * old labels), and the taxonomy is registered as a zero-shot model whose report the models page shows.
 */
@SpringBootTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopicsKaribuIT {

	/** Articles about sport: no topic of the bundled taxonomy is about it. */
	private static final String[][] SPORT = { { "聊城国际马拉松鸣枪开跑", "两万名跑者沿东昌湖环湖赛道奔跑，市民沿途为选手加油助威。" },
			{ "市运动会篮球比赛在市体育馆开赛", "来自八个县市区的十六支代表队参加篮球比赛，比赛为期五天。" },
			{ "全民健身乒乓球邀请赛在东阿县举行", "两百余名乒乓球爱好者报名参赛，比赛分男女单打和团体赛。" } };

	/** Articles of topics the bundled taxonomy has, each with its topic. */
	private static final String[][] OTHERS = { { "education", "实验小学举行秋季开学典礼", "师生参加升旗仪式，校长为一年级新生发放教材，教师介绍本学期教学计划。" },
			{ "notice", "营业执照遗失声明", "聊城某商贸有限公司不慎遗失营业执照正本，特此声明作废。" },
			{ "safety", "消防大队开展高层建筑火灾隐患排查", "消防救援人员逐层检查消防通道和灭火器材，督促物业整改安全隐患。" },
			{ "poverty", "驻村工作队帮扶脱贫户发展肉牛养殖", "工作队协调扶贫贷款，帮助十二户脱贫户建起标准化牛棚，巩固脱贫成果。" } };

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	PromotedModel promoted;

	@Autowired
	EmbeddingService embedding;

	@Autowired
	ArticleDialogFactory dialogs;

	@Autowired
	ModelRegistry registry;

	/** Article ids by headline. */
	private final Map<String, Long> ids = new java.util.LinkedHashMap<>();

	@BeforeAll
	void storeArticlesWithVectors() {
		ArticleFixtures fixtures = new ArticleFixtures(jdbc);
		LocalDate day = LocalDate.of(2024, 9, 1);
		for (String[] a : SPORT) {
			ids.put(a[0], fixtures.article(a[0], a[1], day, DatePrecision.DAY, "371502"));
			day = day.plusDays(1);
		}
		for (String[] a : OTHERS) {
			long id = fixtures.article(a[1], a[2], day, DatePrecision.DAY, "371502");
			ids.put(a[1], id);
			// labelled: what a zero-shot model is scored on
			fixtures.label(id, a[0], Instant.parse("2024-10-01T08:00:00Z"), "dashboard");
			day = day.plusDays(1);
		}
		var spec = promoted.classifier().encoder().orElseThrow();
		EmbeddingProgress done = embedding.embedMissing(spec, p -> {
		});
		assertThat(done.state()).as(done.toString()).isEqualTo(EmbeddingProgress.State.COMPLETED);
	}

	@BeforeEach
	void setUp() {
		KaribuSession.open(context);
	}

	@AfterEach
	void tearDown() {
		KaribuSession.close();
	}

	private TopicsView openAsScientist() {
		KaribuSession.signIn("scientist", Roles.SCIENTIST);
		UI.getCurrent().navigate(TopicsView.class);
		return _get(TopicsView.class);
	}

	private static void fill(TopicForm form, String code, String nameZh, String nameEn, String descriptionZh,
			String keywords) {
		if (!form.code.isReadOnly()) {
			form.code.setValue(code);
		}
		form.nameZh.setValue(nameZh);
		form.nameEn.setValue(nameEn);
		form.descriptionZh.setValue(descriptionZh);
		form.keywords.setValue(keywords);
	}

	/** The zero-shot topic of each fixture article in the preview shown, by headline. */
	private static Map<String, String> previewTopics(TopicsView view) {
		view.preview.onlyFocus.setValue(false);
		return view.preview.articles.getListDataView().getItems()
			.collect(Collectors.toMap(ZeroShotPreview.Row::headline, ZeroShotPreview.Row::topic));
	}

	private static List<String> codes(TopicsView view) {
		return view.topics.getListDataView().getItems().map(TopicRecord::code).toList();
	}

	@Test
	@Order(1)
	void aScientistAddsATopicAndTheArticlesItDescribesMoveToItInThePreview() {
		TopicsView view = openAsScientist();
		assertThat(codes(view)).contains("education", "poverty", "notice").doesNotContain("sports");
		assertThat(view.preview.summary.getText()).isEqualTo("还没有预览：保存一个话题，或点“试分类（不保存）”。");
		assertThat(view.preview.byTopicTitle.isVisible()).as("no heading over a table that is not there").isFalse();
		TopicRecord education = taxonomy.find("education").orElseThrow();
		assertThat(view.topics.lastChange(education)).as("the taxonomy file in words").startsWith("初始话题表 · ")
			.endsWith(" · 新增");
		assertThat(view.form.nameZh.getMaxLength()).as("input stops where the store refuses").isEqualTo(32);

		// a draft with the code of a stored topic is refused, not previewed in that topic's place
		_click(view.addTopic);
		fill(view.form, "education", "校园体育", "School sports", "学校的体育课和运动会", "体育课");
		_click(view.form.tryOut);
		assertThat(view.form.code.isInvalid()).isTrue();
		assertThat(view.form.code.getErrorMessage()).isEqualTo("代码“education”已被话题“教育”使用（停用的话题也占用代码）");
		assertThat(view.preview.summary.getText()).startsWith("还没有预览");

		_click(view.addTopic);
		fill(view.form, "sports", "体育赛事", "Sports events", "运动会、马拉松、球类比赛等体育赛事的举办和成绩",
				"运动会、马拉松、比赛、选手");
		_click(view.form.tryOut);
		assertThat(taxonomy.find("sports")).as("a trial saves nothing").isEmpty();
		Map<String, String> draft = previewTopics(view);
		assertThat(draft.get(SPORT[0][0])).isEqualTo("sports");
		assertThat(view.preview.focus.getText()).as("the draft topic is named, not shown by its code")
			.contains("体育赛事").doesNotContain("sports");

		_click(view.form.save);
		assertThat(KaribuSession.lastNotification()).isEqualTo("已保存话题“体育赛事”");
		assertThat(codes(view)).endsWith("sports");
		TopicRecord sports = taxonomy.find("sports").orElseThrow();
		assertThat(sports.entry().keywordsZh()).containsExactly("运动会", "马拉松", "比赛", "选手");
		assertThat(sports.createdBy()).isEqualTo("scientist");
		assertThat(view.form.title.getText()).isEqualTo("编辑话题：体育赛事");
		assertThat(view.form.code.isReadOnly()).isTrue();

		// the preview centres on the new topic: the sport articles go to it, the others stay where they belong
		assertThat(view.preview.focus.getText()).startsWith("按描述归入“体育赛事”的文章：");
		Map<String, String> topics = previewTopics(view);
		for (String[] a : SPORT) {
			assertThat(topics.get(a[0])).as(a[0]).isEqualTo("sports");
		}
		for (String[] a : OTHERS) {
			assertThat(topics.get(a[1])).as(a[1]).isEqualTo(a[0]);
		}
		view.preview.onlyFocus.setValue(true);
		assertThat(view.preview.articles.getListDataView().getItems().map(ZeroShotPreview.Row::headline))
			.containsExactlyInAnyOrder(SPORT[0][0], SPORT[1][0], SPORT[2][0]);
		assertThat(view.preview.byTopic.getListDataView().getItems()).contains("sports");
		assertThat(GridKt._getFormatted(view.preview.byTopic.getColumns().get(0), "sports")).isEqualTo("体育赛事");
		assertThat(view.preview.summary.getText()).startsWith("最新 200 篇文章中有 7 篇已存有句向量（前 256 字），只读这些向量；");
		assertThat(VisibleTexts.englishWords(new VisibleTexts().collect(view).texts(), VisibleTexts.dataWords(jdbc)))
			.as("the Chinese page names the sentence vectors and the taxonomy file in words").isEmpty();
	}

	@Test
	@Order(2)
	void aScientistRenamesAndRedescribesATopicAndAStaleEditIsRefusedNamingWhoChangedIt() {
		taxonomy.add(TopicEdit.of("fitness", "健身", "Fitness", "", "健身房里的力量训练", "健身房"), "scientist");
		TopicsView view = openAsScientist();
		view.topics.select(taxonomy.find("fitness").orElseThrow());
		assertThat(view.form.nameZh.getValue()).isEqualTo("健身");

		fill(view.form, null, "全民健身", "Fitness for all", "全民健身活动：群众参加的乒乓球、广场舞、健步走和各类健身比赛",
				"全民健身、乒乓球、健步走、广场舞");
		_click(view.form.save);
		assertThat(KaribuSession.lastNotification()).isEqualTo("已保存话题“全民健身”");
		TopicRecord renamed = taxonomy.find("fitness").orElseThrow();
		assertThat(renamed.entry().nameZh()).isEqualTo("全民健身");
		assertThat(renamed.entry().descriptionZh()).startsWith("全民健身活动");
		assertThat(renamed.lastChange()).containsExactlyInAnyOrder(TopicChanged.Change.RENAMED,
				TopicChanged.Change.DESCRIBED);
		assertThat(GridKt._getFormatted(view.topics.getColumns().get(1), renamed)).isEqualTo("全民健身");
		assertThat(view.topics.lastChange(renamed)).startsWith("scientist · ").endsWith(" · 改名、改写描述");
		assertThat(previewTopics(view).get(SPORT[2][0])).as("the table-tennis article moves to the re-described topic")
			.isEqualTo("fitness");

		// someone else re-describes it while this form still shows the version above
		taxonomy.update("fitness", renamed.revision(), TopicEdit.of("fitness", "全民健身", "Fitness for all", "",
				"群众性健身活动和健身设施建设", "健身、健步走"), "李研究员");
		view.form.descriptionZh.setValue("全民健身活动和体育场馆建设");
		_click(view.form.save);
		assertThat(view.form.code.isInvalid()).isTrue();
		assertThat(view.form.code.getErrorMessage()).startsWith("话题“全民健身”刚被 李研究员 于 ")
			.endsWith("修改过，请重新打开后再编辑");
		assertThat(KaribuSession.lastNotification()).as("said where it is seen: the code field cannot be edited")
			.startsWith("话题“全民健身”刚被 李研究员 于 ");
		assertThat(taxonomy.find("fitness").orElseThrow().entry().descriptionZh()).isEqualTo("群众性健身活动和健身设施建设");

		// opened again from the list, the topic is the version stored now, and the edit goes through
		TopicRecord listed = view.topics.getListDataView().getItems().filter(r -> r.code().equals("fitness")).findFirst()
			.orElseThrow();
		view.topics.select(listed);
		assertThat(view.form.descriptionZh.getValue()).isEqualTo("群众性健身活动和健身设施建设");
		view.form.descriptionZh.setValue("群众性健身活动、健身比赛和健身设施建设");
		_click(view.form.save);
		assertThat(KaribuSession.lastNotification()).isEqualTo("已保存话题“全民健身”");
		assertThat(taxonomy.find("fitness").orElseThrow().changedBy()).isEqualTo("scientist");
	}

	@Test
	@Order(3)
	void aRetiredTopicLeavesTheLabelChoicesButStaysKnownOnOldLabels() {
		taxonomy.add(TopicEdit.of("marathon", "马拉松", "Marathon", "", "马拉松和路跑赛事", "马拉松、路跑"), "scientist");
		long article = ids.get(SPORT[0][0]);
		new ArticleFixtures(jdbc).label(article, "marathon", Instant.parse("2024-10-02T08:00:00Z"), "dashboard");
		TopicsView view = openAsScientist();
		view.topics.select(taxonomy.find("marathon").orElseThrow());
		assertThat(view.form.retire.getText()).isEqualTo("停用话题");

		_click(view.form.retire);
		assertThat(KaribuSession.lastNotification()).isEqualTo("已停用话题“马拉松”：不再用于新的标注和训练");
		TopicRecord retired = taxonomy.find("marathon").orElseThrow();
		assertThat(retired.active()).isFalse();
		assertThat(codes(view)).as("retired topics stay in the list").contains("marathon");
		assertThat(view.form.retire.getText()).isEqualTo("恢复使用");
		assertThat(view.preview.byTopic.getListDataView().getItems()).doesNotContain("marathon");

		ArticleDialog dialog = dialogs.open(article, null);
		assertThat(dialog.correction.getListDataView().getItems()).contains("education").doesNotContain("marathon");
		assertThat(_get(dialog, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("article-labels"))
			.getElement().getTextRecursively()).as("the old label keeps its name").contains("马拉松");
		dialog.close();
	}

	@Test
	@Order(4)
	void aScientistRegistersTheTaxonomyAsAZeroShotModelAndFindsItWithItsReportOnTheModelsPage() {
		TopicsView view = openAsScientist();
		_click(view.register);
		String said = KaribuSession.lastNotification();
		assertThat(said).startsWith("已登记零样本模型 zero-shot-");
		String version = said.substring("已登记零样本模型 ".length(), said.indexOf('：'));
		int registered = registry.list().size();

		_click(view.register);
		assertThat(KaribuSession.lastNotification()).as("a second click registers no identical version")
			.startsWith("当前的话题与描述已登记为零样本模型 " + version + "，无需再次登记");
		assertThat(registry.list()).hasSize(registered);

		UI.getCurrent().navigate(ModelsView.class);
		ModelsView models = _get(ModelsView.class);
		var model = models.models.getListDataView().getItems().filter(m -> m.version().equals(version)).findFirst()
			.orElseThrow();
		assertThat(model.trainingData().size()).as("trained on no labels").isZero();
		models.models.select(model);
		assertThat(models.report.summary.getText()).startsWith("模型 " + version + "：没有用任何标注训练，只用话题描述（零样本）")
			.containsPattern("在 [4-9] 条它没见过的标注上评分");
		assertThat(models.report.confusion.getListDataView().getItemCount()).isPositive();
	}

	@Test
	@Order(5)
	void withAPromotedModelThatReadsNoSentenceVectorsThePageSaysSoInChinese() {
		String promotedNow = registry.promotedVersion().orElseThrow();
		String words = registry.list().stream().map(ModelRegistry.RegisteredModel::metadata)
			.filter(m -> m.encoder() == null).map(m -> m.version()).findFirst().orElseThrow();
		registry.promote(words, "scientist", Instant.now());
		try {
			TopicsView view = openAsScientist();
			view.topics.select(taxonomy.find("education").orElseThrow());
			_click(view.form.tryOut);
			assertThat(view.preview.summary.getText()).isEqualTo("无法预览：当前模型 " + words
					+ " 不读句向量，库里没有可用的向量：请先推广一个读句向量的模型。");
			_click(view.register);
			assertThat(KaribuSession.lastNotification()).isEqualTo("未能登记零样本模型：当前模型 " + words
					+ " 不读句向量，库里没有可用的向量：请先推广一个读句向量的模型。");
		}
		finally {
			registry.promote(promotedNow, "scientist", Instant.now().plusMillis(10));
		}
	}

	@Test
	@Order(6)
	void withoutStoredVectorsThePreviewSaysHowToGetThem() {
		var spec = promoted.classifier().encoder().orElseThrow();
		jdbc.update("DELETE FROM article_vector WHERE encoder = ?", spec.id());
		try {
			TopicsView view = openAsScientist();
			view.topics.select(taxonomy.find("education").orElseThrow());
			_click(view.form.tryOut);
			assertThat(view.preview.summary.getText()).isEqualTo(
					"最新 200 篇文章都还没有存句向量（前 256 字），无法预览：运行一次分类任务（会先计算句向量）后再试。");
			assertThat(view.preview.articles.isVisible()).isFalse();
			assertThat(view.preview.byTopicTitle.isVisible()).isFalse();
			assertThat(view.preview.focus.isVisible()).isFalse();
		}
		finally {
			assertThat(embedding.embedMissing(spec, p -> {
			}).state()).isEqualTo(EmbeddingProgress.State.COMPLETED);
		}
	}

	@Test
	@Order(7)
	void anEditorIsRefusedTheTopicsPage() {
		KaribuSession.signIn("editor", Roles.EDITOR);
		UI.getCurrent().navigate("topics");
		assertThat(_find(TopicsView.class)).isEmpty();
		assertThat(_find(AccessDeniedView.class)).hasSize(1);
	}

	@Test
	@Order(8)
	void aZeroShotModelRegisteredBeforeAnyLabelExistsSaysItIsNotScored() {
		List<Map<String, Object>> labels = jdbc.queryForList(
				"SELECT id, article_id, topic, secondary_topic, labelled_by, labelled_at, origin FROM label");
		jdbc.update("DELETE FROM label");
		// a taxonomy not registered yet
		TopicRecord added = taxonomy.add(TopicEdit.of("chess", "棋类", "Chess", "", "象棋和围棋比赛", "象棋、围棋"),
				"scientist");
		try {
			TopicsView view = openAsScientist();
			_click(view.register);
			String said = KaribuSession.lastNotification();
			assertThat(said).startsWith("已登记零样本模型 zero-shot-");
			String version = said.substring("已登记零样本模型 ".length(), said.indexOf('：'));

			UI.getCurrent().navigate(ModelsView.class);
			ModelsView models = _get(ModelsView.class);
			var model = models.models.getListDataView().getItems().filter(m -> m.version().equals(version))
				.findFirst().orElseThrow();
			assertThat(model.evaluation().size()).as("scored on no labels").isZero();
			assertThat(GridKt._getFormatted(models.models.getColumns().get(4), model)).isEqualTo("未评分");
			assertThat(GridKt._getFormatted(models.models.getColumns().get(5), model)).isEqualTo("未评分");
			models.models.select(model);
			assertThat(models.report.summary.getText()).startsWith("模型 " + version + "：没有用任何标注训练，只用话题描述（零样本）；"
					+ "尚未评分：库里还没有可用来评分的标注。");
		}
		finally {
			taxonomy.retire(added.code(), taxonomy.find(added.code()).orElseThrow().revision(), "scientist");
			for (Map<String, Object> l : labels) {
				jdbc.update("INSERT INTO label (id, article_id, topic, secondary_topic, labelled_by, labelled_at, origin) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)", l.get("id"), l.get("article_id"), l.get("topic"),
						l.get("secondary_topic"), l.get("labelled_by"), l.get("labelled_at"), l.get("origin"));
			}
		}
	}

}
