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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
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
import com.lcnews.trends.vectors.ArticleVectors;
import com.lcnews.trends.vectors.SimilarArticles;


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

	@Autowired
	ArticleVectors vectors;

	@Autowired
	SimilarArticles similarArticles;

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


	@Test
	void theArticleDetailListsSimilarArticlesBestFirstAndSaysWhichItReprints() {
		ArticleFixtures fixtures = new ArticleFixtures(jdbc);
		long original = fixtures.article("东昌府区启动秋季征兵体检", "东昌府区征兵体检工作全面展开。", LocalDate.of(2021, 9, 2),
				DatePrecision.DAY, "371502");
		long reprint = fixtures.article("东昌府区秋季征兵体检启动", "东昌府区征兵体检工作全面展开。", LocalDate.of(2021, 9, 3),
				DatePrecision.DAY, "371502");
		long related = fixtures.article("茌平区征兵宣传进校园", "茌平区在高校开展征兵宣传。", LocalDate.of(2021, 8, 20),
				DatePrecision.DAY, "371523");
		long unrelated = fixtures.article("冠县棉花喜获丰收", "冠县棉农采摘新棉。", LocalDate.of(2021, 10, 1), DatePrecision.DAY,
				"371525");
		String encoder = "karibu-test-encoder/lead-64";
		try {
			vectors.store(encoder, List.of(new ArticleVectors.Stored(original, unit(1, 0, 0, 0)),
					new ArticleVectors.Stored(reprint, unit(0.99, 0.1, 0, 0)),
					new ArticleVectors.Stored(related, unit(0.7, 0.7, 0, 0)),
					new ArticleVectors.Stored(unrelated, unit(0, 0, 1, 0))));
			vectors.markCopy(encoder, new ArticleVectors.Copy(reprint, original, 0.99));
			signIn("editor", Roles.EDITOR);

			ArticleDialog dialog = dialogs.open(reprint, null);

			Div similar = _get(dialog, Div.class, spec -> spec.withId("article-similar"));
			List<String> shown = similar.getChildren().filter(c -> c.hasClassName("similar-article"))
				.map(c -> c.getElement().getTextRecursively()).toList();
			assertThat(shown).hasSize(2);
			assertThat(shown.get(0)).startsWith("东昌府区启动秋季征兵体检").contains("2021年9月2日").contains("东昌府区")
				.contains("相似度 99");
			assertThat(shown.get(1)).startsWith("茌平区征兵宣传进校园").contains("茌平区");
			assertThat(_get(dialog, Div.class, spec -> spec.withId("article-copy-of")).getElement().getTextRecursively())
				.startsWith("转载/重复稿").contains("东昌府区启动秋季征兵体检");

			NativeButton toOriginal = _get(similar, NativeButton.class, spec -> spec.withText("东昌府区启动秋季征兵体检"));
			_click(toOriginal);
			ArticleDialog opened = _get(ArticleDialog.class);
			assertThat(opened.getHeaderTitle()).isEqualTo("东昌府区启动秋季征兵体检");
			assertThat(_get(opened, Div.class, spec -> spec.withId("article-copies")).getElement().getTextRecursively())
				.contains("1 篇转载").contains("东昌府区秋季征兵体检启动");
		}
		finally {
			jdbc.update("DELETE FROM article_copy WHERE encoder = ?", encoder);
			jdbc.update("DELETE FROM article_vector WHERE encoder = ?", encoder);
			similarArticles.forget();
		}
	}

	private static float[] unit(double... v) {
		double norm = Math.sqrt(java.util.Arrays.stream(v).map(x -> x * x).sum());
		float[] f = new float[v.length];
		for (int i = 0; i < v.length; i++) {
			f[i] = (float) (v[i] / norm);
		}
		return f;
	}

}
