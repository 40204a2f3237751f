package com.lcnews.trends.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

import com.lcnews.trends.testing.Browser;
import com.lcnews.trends.testing.BrowserTestSupport;

/** Signs in with a real headless Chromium and checks the shell each role sees. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellBrowserIT extends BrowserTestSupport {

	@Test
	void anonymousVisitorSeesOnlyTheChineseSignInPage() throws Exception {
		browser.open("/coverage");
		browser.waitFor(By.cssSelector("input[name='username']"));
		browser.screenshot("login");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
		browser.waitForText("聊城新闻话题趋势");
	}

	@Test
	void editorSeesTheShellInChineseWithoutModelAdministration() throws Exception {
		browser.signIn("editor", "editor");
		browser.waitForText("话题趋势");
		browser.screenshot("shell-editor");
		assertThat(browser.texts("vaadin-side-nav-item")).containsExactly("话题趋势", "报道均衡", "文章");
		assertThat(browser.driver().findElement(By.id("current-user")).getText()).contains("editor").contains("编辑");
	}

	@Test
	void scientistReachesModelsAndEditorIsRefused() throws Exception {
		browser.signIn("scientist", "scientist");
		assertThat(browser.texts("vaadin-side-nav-item")).contains("模型与标注").doesNotContain("导入版面");
		browser.close();
		browser = new Browser(port);
		browser.signIn("editor", "editor");
		browser.open("/models");
		browser.waitForText("无权限");
		browser.screenshot("models-refused-for-editor");
		assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("还没有模型")
			.contains("模型与标注").doesNotContain("Could not navigate");
		assertThat(browser.texts("vaadin-side-nav-item")).as("the refusal is shown inside the shell")
			.containsExactly("话题趋势", "报道均衡", "文章");
	}

	@Test
	void languageSwitchTurnsTheShellEnglish() throws Exception {
		browser.signIn("admin", "admin");
		browser.driver().findElement(By.id("language-switch")).click();
		browser.waitFor(By.cssSelector("vaadin-select-item:nth-of-type(2)")).click();
		browser.waitForText("Topic trends");
		browser.screenshot("shell-admin-english");
		assertThat(browser.texts("vaadin-side-nav-item")).contains("Topic trends", "Import pages");
	}

}
