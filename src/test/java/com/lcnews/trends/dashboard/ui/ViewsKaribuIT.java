package com.lcnews.trends.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;

import com.lcnews.trends.batch.BatchRunService;
import com.lcnews.trends.ingest.IngestService;
import com.lcnews.trends.ingest.NamedInput;
import com.lcnews.trends.ingest.PageMetadata;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.testing.KaribuSupport;

/**
 * Browserless tests of the views' logic (Karibu-Testing) on a store filled by the first start from the seeds: each
 * view draws from the services, and a correction moves the counts the views show.
 */
@SpringBootTest(properties = { "newstrends.bootstrap.enabled=true", "newstrends.batch.classify-after-import=true" })
@DirtiesContext
class ViewsKaribuIT {

	private static Routes routes;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void discoverRoutes() {
		routes = KaribuSupport.routes();
	}

	@BeforeEach
	void setUp() {
		KaribuSupport.setUp(routes, context);
	}

	@AfterEach
	void tearDown() {
		KaribuSupport.tearDown();
	}

	private static void signIn(String user, String role) {
		KaribuSupport.signIn(user, role);
	}

	@Test
	void trendsTableHasOneRowPerPeriodAndMarksTheIncompleteCurrentPeriod() {
		signIn("editor", Roles.EDITOR);
		UI.getCurrent().navigate(TrendsView.class);
		TrendsView view = _get(TrendsView.class);
		assertThat(view.table.getListDataView().getItemCount()).isGreaterThan(12);
		assertThat(view.chart.getOption()).contains("\"type\":\"line\"").doesNotContain("markArea").doesNotContain("NaN");
		view.to.setValue(java.time.LocalDate.now());
		assertThat(view.chart.getOption()).as("the incomplete current period is marked").contains("markArea")
			.contains("未完结时段");
		view.percent.setValue(false);
		long poverty = view.table.getListDataView().getItems().mapToLong(r -> r.values().get("poverty").longValue()).sum();
		assertThat(poverty).as("day- or month-dated poverty articles").isPositive();
	}

	@Test
	void articleFiltersNarrowTheList() {
		signIn("editor", Roles.EDITOR);
		UI.getCurrent().navigate(ArticlesView.class);
		ArticlesView view = _get(ArticlesView.class);
		String all = view.count.getText();
		view.topic.setValue("poverty");
		assertThat(view.count.getText()).isNotEqualTo(all);
		view.labelled.setValue("no");
		assertThat(view.count.getText()).isEqualTo("共 0 篇");
		view.labelled.setValue("any");
		view.text.setValue("疫苗");
		view.topic.clear();
		assertThat(view.count.getText()).matches("共 [1-9]\\d* 篇");
	}

	@Test
	void coverageNamesTheDistrictsWithoutArticlesFirstAndShowsEveryDistrict() {
		signIn("editor", Roles.EDITOR);
		UI.getCurrent().navigate(CoverageView.class);
		CoverageView view = _get(CoverageView.class);
		assertThat(view.heatmap.getOption()).contains("heatmap").contains("莘县（0篇）").contains("高唐县（0篇）");
		view.mode.setValue(CoverageMatrix.Mode.DEVIATION);
		assertThat(view.heatmap.getOption()).contains("#b2182b");
		List<com.lcnews.trends.trend.CoverageGaps.Gap> gaps = view.gaps.getListDataView().getItems().toList();
		// the seed pages never name 莘县, 东阿县 or 高唐县 (other tests of this store add 冠县 articles): they lead the list
		List<String> empty = gaps.stream().takeWhile(com.lcnews.trends.trend.CoverageGaps.Gap::noCoverage)
			.map(com.lcnews.trends.trend.CoverageGaps.Gap::district).toList();
		assertThat(empty).contains("371522", "371524", "371526");
		assertThat(empty).allSatisfy(d -> assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM article WHERE district_code = ?", Integer.class, d)).as(d).isZero());
		assertThat(gaps.stream().dropWhile(com.lcnews.trends.trend.CoverageGaps.Gap::noCoverage))
			.allMatch(g -> g.pValue() <= CoverageView.FALSE_DISCOVERY_RATE && g.count() < g.expected());
		assertThat(view.districtList.getListDataView().getItemCount()).as("every district, zero or not")
			.isEqualTo(view.districtCodes().size());
		assertThat(view.changesNote.getText()).as("the seed corpus has nothing before 2020").contains("没有文章");
		assertThat(view.changes.isVisible()).isFalse();
	}

	@Test
	void trendsSwitchToTheCorrectedEstimateAndSayWhichTheyShow() {
		signIn("admin", Roles.ADMIN);
		UI.getCurrent().navigate(TrendsView.class);
		TrendsView view = _get(TrendsView.class);
		assertThat(view.chart.getOption()).contains("原始计数");
		assertThat(view.estimate.isEnabled()).as("the committed model has a cross-validated confusion").isTrue();
		view.topics.setValue(java.util.Set.of("poverty", "education"));
		view.estimate.setValue(TrendsView.Estimate.CORRECTED);
		assertThat(view.chart.getOption()).contains("纠偏估计").contains("\"stack\":\"band");
		assertThat(view.table.getListDataView().getItems().findFirst().orElseThrow().lower()).containsKey("poverty");
		assertThat(view.filters.summaryText()).contains("纠偏估计");
		assertThat(view.rising.status.getText()).isNotBlank();
	}

	@Test
	void articleFiltersComeFromTheAddress() {
		signIn("editor", Roles.EDITOR);
		UI.getCurrent().navigate("articles", com.vaadin.flow.router.QueryParameters
			.simple(java.util.Map.of("topic", "poverty", "from", "2020-01-01", "to", "2023-12-31")));
		ArticlesView view = _get(ArticlesView.class);
		assertThat(view.topic.getValue()).isEqualTo("poverty");
		assertThat(view.from.getValue()).isEqualTo(java.time.LocalDate.of(2020, 1, 1));
		assertThat(view.count.getText()).matches("共 [1-9]\\d* 篇");
	}

	@Autowired
	IngestService ingest;

	@Autowired
	BatchRunService batch;

	@Test
	void anImportIsClassifiedByItselfAndTheQueueOffersTheNewArticleUntilItIsLabelled() throws Exception {
		String page = "冠县清泉街道开展防溺水安全教育\n\n本报冠县6月12日讯 近日，冠县清泉街道组织辖区中小学开展防溺水安全教育，"
				+ "向学生和家长发放宣传资料，排查河道隐患点位，设置警示标牌。\n";
		ingest.importPages(List.of(new NamedInput("extra-page.txt", page.getBytes(StandardCharsets.UTF_8))),
				PageMetadata.NONE, "tester");
		for (int i = 0; i < 600 && batch.isRunning(); i++) {
			Thread.sleep(100);
		}
		signIn("scientist", Roles.SCIENTIST);
		UI.getCurrent().navigate(ModelsView.class);
		ModelsView view = _get(ModelsView.class);
		assertThat(view.embeddingText.getText()).as("the promoted model reads sentence vectors: the new article got one first")
			.startsWith("已完成 · ").contains("篇/秒");
		view.tabs.setSelectedIndex(3);
		assertThat(view.labelling.headline.getText()).contains("清泉街道");
		assertThat(view.labelling.suggestion.getText()).startsWith("模型");
		assertThat(view.labelling.choices.get(0).getText()).as("the model's two most probable topics are offered")
			.startsWith("1｜");
		view.labelling.topic.setValue("safety");
		_click(view.labelling.save);
		assertThat(view.labelling.headline.getText()).isEqualTo("没有待标注的文章");
	}

	@Test
	void modelsViewShowsTheCommittedModelsReportAndComparesVersions() {
		signIn("scientist", Roles.SCIENTIST);
		UI.getCurrent().navigate(ModelsView.class);
		ModelsView view = _get(ModelsView.class);
		assertThat(view.models.getListDataView().getItemCount()).isPositive();
		assertThat(view.report.summary.getText()).contains("宏平均 F1");
		assertThat(view.report.confusion.getColumns()).hasSizeGreaterThan(5);
		int repeats = view.models.getListDataView().getItems().filter(m -> m.version().equals(promoted.version().orElseThrow()))
			.findFirst().orElseThrow().evaluation().repeats();
		assertThat(view.report.confusionTitle.getText()).contains(repeats + " 次重复").contains("每条标注被计入 " + repeats + " 次");
		String promotedVersion = promoted.version().orElseThrow();
		List<String> others = view.models.getListDataView().getItems().map(m -> m.version())
			.filter(v -> !v.equals(promotedVersion)).toList();
		assertThat(others).as("earlier bundled models are registered too").isNotEmpty();
		assertThat(view.impact.candidate.getValue()).as("the newest version other than the promoted one is offered")
			.isEqualTo(others.get(0));
		assertThat(view.impact.summary.getText()).doesNotContain("没有可比较的候选模型");
		assertThat(view.labelling).isNotNull();
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	com.lcnews.trends.classify.PromotedModel promoted;

	@Test
	void anAdministratorGivesAPageItsIssueDateInOneStepAndItsArticlesMoveOutOfTheUndatedCounts() throws Exception {
		String page = "冠县清泉街道开展防溺水教育\n\n本报冠县3月5日讯 近日，冠县清泉街道组织开展防溺水安全教育。\n\n"
				+ "冠县万善乡推进春耕生产\n\n本报冠县3月4日讯 连日来，冠县万善乡组织农机开展春耕。\n";
		var report = ingest.importPages(List.of(new NamedInput("guan-0305.txt", page.getBytes(StandardCharsets.UTF_8))),
				PageMetadata.NONE, "tester");
		long pageId = report.files().get(0).pageId();
		for (int i = 0; i < 600 && batch.isRunning(); i++) {
			Thread.sleep(100);
		}
		String undated = "SELECT COALESCE(SUM(article_count), 0) FROM topic_rollup WHERE date_precision = 'unknown'";
		long before = jdbc.queryForObject(undated, Long.class);
		signIn("admin", Roles.ADMIN);
		UI.getCurrent().navigate(ImportView.class);
		ImportView view = _get(ImportView.class);
		assertThat(view.gaps.getListDataView().getItems().map(com.lcnews.trends.ingest.ImportPage::id)).contains(pageId);
		assertThat(view.answer(pageId, java.time.LocalDate.of(2023, 3, 6), null)).isTrue();
		assertThat(view.gaps.getListDataView().getItems().map(com.lcnews.trends.ingest.ImportPage::id)).doesNotContain(pageId);
		assertThat(jdbc.queryForObject(undated, Long.class)).isEqualTo(before - 2);
		assertThat(jdbc.queryForList("SELECT article_date FROM article WHERE source_file = 'guan-0305.txt' ORDER BY ordinal",
				java.sql.Date.class)).extracting(java.sql.Date::toString).containsExactly("2023-03-05", "2023-03-04");
		assertThat(jdbc.queryForList("SELECT actor FROM audit_event WHERE action = 'page.answered' AND target = ?",
				String.class, "page:" + pageId)).as("the answer is in the audit log").containsExactly("admin");
	}

}
