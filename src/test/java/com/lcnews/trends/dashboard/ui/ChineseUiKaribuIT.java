package com.lcnews.trends.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Route;

import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.testing.KaribuSupport;

/**
 * No English in the Chinese UI: every route the application has (found on the class path, so views added later are
 * covered too), every tab of it, the error views and every article's dialog are opened as an administrator in Chinese,
 * and every text they put on the screen is checked for Latin words that are neither proper names nor words of the
 * data on show. Widgets must not fall back to their built-in English texts.
 */
@SpringBootTest(properties = "newstrends.bootstrap.enabled=true")
@DirtiesContext
class ChineseUiKaribuIT {

	private static Routes routes;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleDialogFactory dialogs;

	@BeforeAll
	static void discoverRoutes() {
		routes = KaribuSupport.routes();
	}

	@BeforeEach
	void setUp() {
		KaribuSupport.setUp(routes, context);
		UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void tearDown() {
		KaribuSupport.tearDown();
	}

	private static void signIn(String user, String role) {
		KaribuSupport.signIn(user, role);
	}


	@Test
	void everyRouteTabErrorViewAndArticleDialogSpeaksChinese() {
		signIn("admin", Roles.ADMIN);
		Set<String> routePaths = new TreeSet<>();
		routes.getRoutes().forEach(r -> routePaths.add(r.getAnnotation(Route.class).value()));
		assertThat(routePaths).as("the walk finds the views by itself").contains("trends", "coverage", "articles", "models",
				"import", "login");
		routePaths.add("no-such-page");
		VisibleTexts seen = new VisibleTexts();
		for (String path : routePaths) {
			UI.getCurrent().navigate(path);
			walk(seen);
		}
		TrendsView trends = (TrendsView) navigate("trends");
		trends.estimate.setValue(TrendsView.Estimate.CORRECTED);
		trends.topics.setValue(Set.of("poverty"));
		trends.drillDown.show(trendsTable(trends), 0, trends.topicName("poverty"), trends.granularity.getValue(), Set.of(),
				name -> "poverty");
		walk(seen);
		for (Long id : jdbc.queryForList("SELECT id FROM article ORDER BY id", Long.class)) {
			ArticleDialog dialog = dialogs.open(id, null);
			seen.collect(dialog);
			dialog.close();
		}
		assertThat(seen.problems()).isEmpty();
		assertThat(seen.texts()).as("the walk saw the pages").hasSizeGreaterThan(300);
		assertThat(VisibleTexts.englishWords(seen.texts(), VisibleTexts.dataWords(jdbc))).isEmpty();
	}

	@Test
	void aRefusedRouteShowsTheChineseNoAccessViewInTheShell() {
		signIn("editor", Roles.EDITOR);
		UI.getCurrent().navigate("models");
		assertThat(_find(com.lcnews.trends.shared.ui.AccessDeniedView.class)).hasSize(1);
		VisibleTexts seen = new VisibleTexts();
		walk(seen);
		assertThat(String.join(" ", seen.texts())).contains("无权限").contains("模型与标注");
		assertThat(VisibleTexts.englishWords(seen.texts(), VisibleTexts.dataWords(jdbc))).isEmpty();
	}

	@Test
	void theNavigationToggleAndDrawerAreNamedInChineseForScreenReaders() {
		signIn("editor", Roles.EDITOR);
		UI.getCurrent().navigate("trends");
		assertThat(_find(com.vaadin.flow.component.applayout.DrawerToggle.class)).singleElement()
			.satisfies(toggle -> assertThat(toggle.getAriaLabel()).contains("展开或收起导航栏"));
		assertThat(_find(com.lcnews.trends.shared.ui.MainLayout.class)).singleElement()
			.satisfies(layout -> assertThat(layout.getI18n().getDrawer()).as("the drawer's name on a phone").isEqualTo("导航栏"));
	}

	private Component navigate(String path) {
		UI.getCurrent().navigate(path);
		return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0) instanceof Component c ? c : null;
	}

	private static TrendTable trendsTable(TrendsView view) {
		List<TrendTable.Row> rows = view.table.getListDataView().getItems().toList();
		return TrendTable.of(List.of(new com.lcnews.trends.trend.TrendPoint(rows.get(rows.size() - 1).period(),
				"poverty", 1, 1, 0, 0)), view.granularity.getValue(), List.of("poverty"), true, 1);
	}

	/** Collects the whole UI, and again with each tab of every tab sheet selected. */
	private static void walk(VisibleTexts seen) {
		seen.collect(UI.getCurrent());
		for (TabSheet sheet : _find(TabSheet.class)) {
			for (int i = 0; i < sheet.getTabCount(); i++) {
				sheet.setSelectedIndex(i);
				seen.collect(UI.getCurrent());
			}
		}
	}

}
