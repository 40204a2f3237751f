package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.testing.Browser;

/**
 * Walks every page each role may open (found from the routes' own access annotations), plus one page it may not, in
 * a real headless Chromium at 1440 px and at a 390 px phone width, on a store filled from the seeds. On every page:
 * no English word in the text Chromium renders (shadow DOM included, proper names and data words allowed), no
 * horizontal overflow, the header's items neither cut nor overlapping. Screenshots (three screens of each page) go to
 * target/screenshots/walk-ROLE-PAGE-WIDTH-N.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "newstrends.bootstrap.enabled=true")
@DirtiesContext
class RoleWalkBrowserIT {

	static final String VISIBLE_TEXTS = """
			const out = [];
			const visible = el => !el.checkVisibility || el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
			const walk = node => {
			  if (node.nodeType === Node.TEXT_NODE) {
			    const t = node.textContent.trim();
			    if (t && node.parentElement && visible(node.parentElement)) out.push(t);
			    return;
			  }
			  if (node.nodeType === Node.ELEMENT_NODE) {
			    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName) || !visible(node)) return;
			    if (node.getAttribute('placeholder')) out.push(node.getAttribute('placeholder'));
			    if (node.shadowRoot) walk(node.shadowRoot);
			  }
			  node.childNodes.forEach(walk);
			};
			walk(document.body);
			return out;""";

	private static final String HEADER_BOXES = """
			const box = el => { if (!el) return null; const r = el.getBoundingClientRect();
			  return [r.left, r.top, r.right, r.bottom, el.scrollWidth, el.clientWidth]; };
			return [box(document.querySelector('.app-title')), box(document.getElementById('language-switch')),
			  box(document.getElementById('current-user')), box(document.getElementById('logout')), [window.innerWidth]];""";

	private static final String GRID_ROWS = """
			const g = document.getElementById(arguments[0]);
			return [...g.shadowRoot.querySelectorAll('#items tr')].filter(r => !r.hidden)
			  .sort((a, b) => a.index - b.index)
			  .map(r => [...r.querySelectorAll('td')].map(td => { const s = td.querySelector('slot');
			    const el = s && s.assignedElements()[0]; return el ? el.innerText.trim() : ''; }));""";

	/** Finds the shell's scrolling content area as {@code c}. */
	static final String CONTENT = "const l = document.querySelector('vaadin-app-layout');"
			+ " const c = (l && l.shadowRoot && l.shadowRoot.querySelector('[content]')) || document.scrollingElement;";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "editor, 1440", "editor, 390", "admin, 1440", "admin, 390", "scientist, 1440", "scientist, 390" })
	void everyPageOfTheRoleIsChineseAndFits(String role, int width) throws Exception {
		Set<String> dataWords = VisibleTexts.dataWords(jdbc);
		List<String> problems = new ArrayList<>();
		try (Browser browser = new Browser(port, width, width < 500 ? 844 : 900)) {
			browser.signIn(role, role);
			for (Map.Entry<String, Boolean> page : pages(role).entrySet()) {
				browser.open("/" + page.getKey());
				settle(browser, page.getKey(), page.getValue());
				problems.addAll(check(browser, role + " " + page.getKey() + " " + width, dataWords));
				if (page.getKey().equals("coverage")) {
					problems.addAll(emptyDistrictsFirst(browser));
				}
				if (page.getKey().equals("trends") && width < 500) {
					Number top = (Number) browser.script("return document.getElementById('trend-chart').getBoundingClientRect().top");
					if (top.doubleValue() > 844 - 250) {
						problems.add("trends at " + width + " px: the chart starts at " + top + " px, not on the first screen");
					}
				}
				screenshots(browser, "walk-" + role + "-" + (page.getKey().isEmpty() ? "home" : page.getKey()) + "-" + width);
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The role's pages (true) from the routes' annotations, and one page it may not open (false). */
	private static Map<String, Boolean> pages(String role) {
		Map<String, Boolean> pages = new TreeMap<>();
		for (Class<?> view : new Routes().autoDiscoverViews("com.lcnews.trends").getRoutes()) {
			String path = view.getAnnotation(Route.class).value();
			if (path.isEmpty() || view.isAnnotationPresent(com.vaadin.flow.server.auth.AnonymousAllowed.class)) {
				// sign-in and first-administrator set-up live outside the shell and are no role's pages
				continue;
			}
			RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
			boolean allowed = view.isAnnotationPresent(PermitAll.class)
					|| roles != null && Arrays.asList(roles.value()).contains(role.toUpperCase(java.util.Locale.ROOT));
			if (allowed || !pages.containsValue(false)) {
				pages.put(path, allowed);
			}
		}
		return pages;
	}

	private static void settle(Browser browser, String page, boolean allowed) throws InterruptedException {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(browser.script(
				"return !!document.querySelector('vaadin-app-layout') && !document.querySelector('vaadin-connection-indicator[loading]')")));
		if (!allowed) {
			browser.waitForText("无权限");
		}
		Thread.sleep(1500);
	}

	@SuppressWarnings("unchecked")
	private static List<String> check(Browser browser, String where, Set<String> dataWords) {
		List<String> problems = new ArrayList<>();
		List<String> texts = (List<String>) browser.script(VISIBLE_TEXTS);
		VisibleTexts.englishWords(texts, dataWords).forEach(w -> problems.add(where + ": English " + w));
		Number overflow = (Number) browser.script(CONTENT + "return Math.max(c.scrollWidth - c.clientWidth,"
				+ " document.documentElement.scrollWidth - document.documentElement.clientWidth);");
		if (overflow.doubleValue() > 1) {
			problems.add(where + ": the page is " + overflow + " px wider than the window");
		}
		problems.addAll(header(where, (List<List<Number>>) browser.script(HEADER_BOXES)));
		return problems;
	}

	/** The header's items lie inside the window, do not overlap, and the user badge is not cut. */
	private static List<String> header(String where, List<List<Number>> boxes) {
		List<String> problems = new ArrayList<>();
		double width = boxes.get(4).get(0).doubleValue();
		String[] names = { "title", "language", "user", "logout" };
		for (int i = 0; i < 4; i++) {
			List<Number> b = boxes.get(i);
			if (b == null) {
				problems.add(where + ": no " + names[i] + " in the header");
				continue;
			}
			if (b.get(2).doubleValue() > width + 0.5 || b.get(0).doubleValue() < -0.5) {
				problems.add(where + ": the header's " + names[i] + " leaves the window");
			}
			for (int j = i + 1; j < 4; j++) {
				List<Number> c = boxes.get(j);
				if (c != null && b.get(0).doubleValue() < c.get(2).doubleValue() - 0.5
						&& c.get(0).doubleValue() < b.get(2).doubleValue() - 0.5
						&& b.get(1).doubleValue() < c.get(3).doubleValue() - 0.5
						&& c.get(1).doubleValue() < b.get(3).doubleValue() - 0.5) {
					problems.add(where + ": the header's " + names[i] + " and " + names[j] + " overlap");
				}
			}
		}
		List<Number> user = boxes.get(2);
		if (user != null && user.get(4).doubleValue() > user.get(5).doubleValue() + 0.5) {
			problems.add(where + ": the user badge is cut");
		}
		return problems;
	}

	/** The seed pages never name 莘县, 东阿县, 冠县 or 高唐县: they lead the list of gaps. */
	@SuppressWarnings("unchecked")
	private static List<String> emptyDistrictsFirst(Browser browser) {
		List<List<String>> rows = (List<List<String>>) browser.script(GRID_ROWS, "coverage-gaps");
		// wide: district | 全部话题 | …; phone: one cell "district · 无任何报道"
		List<String> leading = rows.stream()
			.takeWhile(r -> r.size() > 1 && r.get(1).equals("全部话题") || r.size() == 1 && r.get(0).endsWith("无任何报道"))
			.map(r -> r.get(0).split(" · ")[0])
			.toList();
		return leading.containsAll(List.of("莘县", "东阿县", "冠县", "高唐县")) ? List.of()
				: List.of("coverage: the gaps do not start with the districts without coverage: " + rows);
	}

	private static void screenshots(Browser browser, String name) throws Exception {
		browser.script(CONTENT + "c.scrollTop = 0;");
		for (int screen = 1; screen <= 3; screen++) {
			browser.screenshot(name + "-" + screen);
			Boolean more = (Boolean) browser.script(CONTENT + "const before = c.scrollTop; c.scrollTop += window.innerHeight - 120;"
					+ " return c.scrollTop > before;");
			if (!Boolean.TRUE.equals(more)) {
				break;
			}
			Thread.sleep(300);
		}
	}


}
