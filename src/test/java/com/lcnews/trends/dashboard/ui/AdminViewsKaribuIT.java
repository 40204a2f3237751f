package com.lcnews.trends.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;

import com.lcnews.trends.batch.LabelCorrectionService;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.security.Account;
import com.lcnews.trends.shared.security.AccountService;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.LoginView;
import com.lcnews.trends.shared.ui.MainLayout;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.KaribuSession;


/**
 * Browserless tests (Karibu-Testing) of the administrators' account and audit views, the sign-in page's lockout
 * message, and the article dialog telling the second of two correctors.
 */
@SpringBootTest
@DirtiesContext
class AdminViewsKaribuIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	LabelCorrectionService corrections;

	@Autowired
	ArticleDialogFactory dialogs;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		KaribuSession.open(context);
	}

	@AfterEach
	void tearDown() {
		KaribuSession.close();
	}

	private static void signIn(String user, String role) {
		KaribuSession.signIn(user, role);
	}

	private static String lastNotification() {
		List<Notification> shown = NotificationsKt.getNotifications();
		assertThat(shown).isNotEmpty();
		return shown.get(shown.size() - 1).getElement().getProperty("text");
	}

	@Test
	void administratorsCreateAnAccountAndChangeItsRoleButNotTheirOwn() {
		signIn("admin", Roles.ADMIN);
		UI.getCurrent().navigate(AccountsView.class);
		AccountsView view = _get(AccountsView.class);
		assertThat(view.grid.getListDataView().getItems().map(Account::username)).contains("admin", "editor", "scientist");

		_click(view.add);
		NewAccountDialog dialog = _get(NewAccountDialog.class);
		dialog.username.setValue("记者乙");
		dialog.role.setValue(Roles.SCIENTIST);
		dialog.password.setValue("reporter-pass-1");
		dialog.repeat.setValue("reporter-pass-2");
		_click(dialog.create);
		assertThat(dialog.problem.getText()).isEqualTo("两次输入的密码不一致");
		dialog.repeat.setValue("reporter-pass-1");
		_click(dialog.create);
		assertThat(lastNotification()).isEqualTo("账户 记者乙 已创建（数据科学家）");
		assertThat(view.grid.asSingleSelect().getValue().username()).isEqualTo("记者乙");

		view.role.setValue(Roles.EDITOR);
		_click(view.saveRole);
		assertThat(lastNotification()).isEqualTo("记者乙 的角色已改为编辑");
		_click(view.toggleEnabled);
		assertThat(accounts.list()).filteredOn(a -> a.username().equals("记者乙"))
			.singleElement()
			.satisfies(a -> assertThat(a.enabled()).isFalse())
			.satisfies(a -> assertThat(a.role()).isEqualTo(Roles.EDITOR));

		view.grid.select(view.grid.getListDataView().getItems().filter(a -> a.username().equals("admin")).findFirst()
			.orElseThrow());
		view.role.setValue(Roles.EDITOR);
		_click(view.saveRole);
		assertThat(lastNotification()).isEqualTo("不能更改自己的角色，也不能停用或删除自己的账户；请另一位管理员操作。");
		assertThat(accounts.list()).filteredOn(a -> a.username().equals("admin")).extracting(Account::role)
			.containsExactly(Roles.ADMIN);
	}

	@Test
	void administratorsReadAndFilterTheAuditLog() {
		accounts.create("auditor", Roles.EDITOR, "auditor-pass-1", "admin");
		accounts.setEnabled("auditor", false, "admin");
		signIn("admin", Roles.ADMIN);
		UI.getCurrent().navigate(AuditView.class);
		AuditView view = _get(AuditView.class);
		long all = view.shown().size();
		assertThat(view.count.getText()).isEqualTo("共 " + all + " 条记录");

		view.text.setValue("auditor");
		assertThat(view.count.getText()).isEqualTo("共 2 条记录");
		view.actions.setValue(Set.of(AuditAction.ACCOUNT_DISABLED));
		assertThat(view.count.getText()).isEqualTo("共 1 条记录");
		AuditText words = new AuditText((k, a) -> view.getTranslation(k, a), c -> c);
		assertThat(view.shown()).singleElement().satisfies(e -> {
			assertThat(words.action(e.action())).isEqualTo("停用账户");
			assertThat(words.target(e)).isEqualTo("账户 auditor");
			assertThat(words.details(e)).isEqualTo("角色：编辑");
			assertThat(e.actor()).isEqualTo("admin");
		});
		view.actions.clear();
		assertThat(view.shown()).extracting(e -> e.action()).containsExactly(AuditAction.ACCOUNT_DISABLED,
				AuditAction.ACCOUNT_CREATED);
		view.from.setValue(LocalDate.now().plusDays(1));
		assertThat(view.count.getText()).isEqualTo("共 0 条记录");
	}

	@Test
	void onlyAdministratorsSeeAccountsAndTheAuditLogInTheMenu() {
		signIn("admin", Roles.ADMIN);
		UI.getCurrent().navigate(TrendsView.class);
		assertThat(_get(MainLayout.class).getChildren().flatMap(c -> c.getChildren()).count()).isPositive();
		assertThat(navLabels()).contains("账户", "审计日志");
		KaribuSession.close();
		KaribuSession.open(context);
		signIn("editor", Roles.EDITOR);
		UI.getCurrent().navigate(TrendsView.class);
		assertThat(navLabels()).doesNotContain("账户", "审计日志");
	}

	private static List<String> navLabels() {
		return com.github.mvysny.kaributesting.v10.LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel)
			.toList();
	}

	@Test
	void theSecondOfTwoCorrectorsIsToldWhoCorrectedTheArticleAndHisCorrectionIsNotSaved() {
		long article = new ArticleFixtures(jdbc).article("冠县开展防溺水安全教育", "学校组织学生开展防溺水安全教育。",
				LocalDate.of(2021, 6, 12), DatePrecision.DAY, "371525");
		signIn("editor", Roles.EDITOR);
		ArticleDialog dialog = dialogs.open(article, null);

		corrections.correct(article, new Topic("education"), "scientist", corrections.labelVersion(article));
		dialog.correction.setValue("safety");
		dialog.saveCorrection();

		assertThat(lastNotification()).startsWith("scientist 在 ").contains("已把这篇文章标为“教育”")
			.endsWith("你的更正没有保存。请看过最新标注后再决定。");
		assertThat(jdbc.queryForList("SELECT labelled_by FROM label WHERE article_id = ?", String.class, article))
			.containsExactly("scientist");
		assertThat(dialog.correction.getValue()).as("the dialog now shows the newer label").isEqualTo("education");

		dialog.correction.setValue("safety");
		dialog.saveCorrection();
		assertThat(lastNotification()).contains("安全");
		assertThat(jdbc.queryForList("SELECT labelled_by FROM label WHERE article_id = ? ORDER BY id", String.class,
				article)).containsExactly("scientist", "editor");
	}

	@Test
	void theSignInPageSaysHowLongSignInIsLockedAndPointsToNoSetUpWhileAccountsExist() {
		UI.getCurrent().navigate("login", QueryParameters.of("locked", "42"));
		LoginView login = _get(LoginView.class);

		assertThat(login.getChildren()).isNotEmpty();
		assertThat(login.noAccountsVisible()).isFalse();
		assertThat(login.errorMessage()).isEqualTo("为保护账户，暂时不接受登录，请 42 秒后再试。");
		UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
		assertThat(_get(LoginView.class).errorMessage()).isEqualTo("为了安全，请重新输入用户名和密码。");
	}

}
