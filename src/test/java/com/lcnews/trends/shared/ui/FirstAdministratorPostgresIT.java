package com.lcnews.trends.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.NewsTrendsApplication;
import com.lcnews.trends.testing.BrowserTestSupport;
import com.lcnews.trends.testing.PostgresServer;
import com.lcnews.trends.testing.TestDatabases;

/**
 * A production start (profile {@code postgres}, a real PostgreSQL, no account configured) walked through in a real
 * headless Chromium: the log says nobody can sign in and prints a set-up code, the sign-in page points to the set-up
 * page, the first administrator is created there, signs in, creates an account and sees both in the audit log.
 * Screenshots of the new pages at 1440 and 390 pixels go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class FirstAdministratorPostgresIT extends BrowserTestSupport {

	private static final Pattern CODE = Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}\\b");

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

	@Test
	void aStartWithoutAccountsWalksThroughTheFirstAdministratorSetUp(CapturedOutput log) throws Exception {
		String printed = log.getOut() + log.getErr();
		assertThat(printed).contains("No sign-in account exists, so nobody can use the dashboard yet")
			.contains("accounts add NAME --role ADMIN");
		Matcher code = CODE.matcher(printed);
		assertThat(code.find()).as("a set-up code in the log").isTrue();

		browser.open("/trends");
		browser.waitForText("还没有任何账户");
		shots("login-no-accounts");
		browser.driver().findElement(By.linkText("设置第一位管理员")).click();
		browser.waitFor(By.id("setup-code"));
		shots("setup");

		fill("setup-code", "0000-1111");
		fill("setup-username", "chief");
		fill("setup-password", "chief-pass-123");
		fill("setup-repeat", "chief-pass-123");
		browser.driver().findElement(By.id("setup-create")).click();
		browser.waitForText("这不是服务器日志中打印的设置码");
		fill("setup-code", code.group());
		browser.driver().findElement(By.id("setup-create")).click();
		browser.waitForText("管理员 chief 已创建");
		shots("setup-done");
		assertThat(log.getOut() + log.getErr()).contains("First administrator 'chief' created on the set-up page");

		browser.signIn("chief", "chief-pass-123");
		assertThat(browser.driver().findElement(By.id("current-user")).getText()).contains("chief").contains("管理员");
		assertThat(browser.texts("vaadin-side-nav-item")).contains("账户", "审计日志");
		createAnEditorAccount();
		browser.open("/audit");
		browser.waitFor(By.id("audit-grid"));
		browser.waitForText("新建账户");
		shots("audit");

		browser.open("/setup");
		browser.waitForText("初始设置已经完成");
	}

	private void createAnEditorAccount() throws Exception {
		browser.open("/accounts");
		browser.waitFor(By.id("account-grid"));
		browser.driver().findElement(By.id("add-account")).click();
		browser.waitFor(By.id("new-account-name"));
		fill("new-account-name", "编辑甲");
		WebElement dialog = browser.driver().findElement(By.id("new-account-dialog"));
		for (WebElement field : browser.driver().findElements(By.cssSelector("vaadin-password-field input"))) {
			field.sendKeys("editor-pass-123");
		}
		assertThat(dialog).isNotNull();
		shots("accounts-new");
		browser.driver().findElement(By.id("create-account")).click();
		browser.waitForText("账户 编辑甲 已创建");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(d -> browser.texts("#account-grid vaadin-grid-cell-content").contains("编辑甲"));
		browser.script("document.querySelectorAll('vaadin-notification-card').forEach(n => n.remove());");
		shots("accounts");
	}

	private void fill(String id, String text) {
		WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(text);
	}

	/** Screenshots at desktop and phone width. */
	private void shots(String name) throws Exception {
		browser.width(1440);
		Thread.sleep(300);
		browser.screenshot(name + "-1440");
		browser.width(390);
		Thread.sleep(300);
		browser.screenshot(name + "-390");
		browser.width(1440);
	}

	@Test
	void aProductionStartWithAPlainTextPasswordStopsAndNamesTheAccount() {
		PostgresServer pg = PostgresServer.shared();
		SpringApplicationBuilder app = new SpringApplicationBuilder(NewsTrendsApplication.class).profiles("postgres");
		String[] args = { "--server.port=0", "--spring.datasource.url=" + pg.newDatabase(),
				"--spring.datasource.username=" + pg.user(), "--spring.datasource.password=" + pg.password(),
				"--newstrends.bootstrap.enabled=false", "--newstrends.security.users[0].username=chief",
				"--newstrends.security.users[0].password={noop}chief-pass-123",
				"--newstrends.security.users[0].role=ADMIN" };

		assertThatThrownBy(() -> app.run(args)).satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
			.contains("newstrends.security.users[0] ('chief')")
			.contains("plain-text {noop} passwords are refused outside the embedded default"));
	}

}
