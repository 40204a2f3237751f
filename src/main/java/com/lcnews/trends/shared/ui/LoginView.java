package com.lcnews.trends.shared.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.lcnews.trends.shared.security.FirstAdministratorSetup;

/**
 * The sign-in page, the only page anonymous users see besides the first-administrator set-up. It says when sign-in
 * is locked after repeated failures, and, while no account exists, where the first administrator is set up.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final LoginForm login = new LoginForm();

	final Div noAccounts = new Div();

	private LoginI18n texts;

	public LoginView(FirstAdministratorSetup setup) {
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		login.setAction("login");
		login.setForgotPasswordButtonVisible(false);
		show(i18n(null));
		Div top = new Div(new LanguageSwitch());
		top.addClassName("login-language");
		noAccounts.setId("no-accounts");
		noAccounts.addClassName("login-notice");
		noAccounts.add(new Paragraph(getTranslation("login.noAccounts")),
				new Anchor(FirstAdministratorSetup.PATH, getTranslation("login.noAccounts.setup")));
		noAccounts.setVisible(setup.open());
		noAccounts.setMaxWidth("min(26em, 100%)");
		noAccounts.getStyle().set("background", "var(--lumo-primary-color-10pct)").set("padding", "0 var(--lumo-space-m) "
				+ "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-l)");
		add(top, new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.subtitle")), noAccounts, login);
	}

	private void show(LoginI18n i18n) {
		texts = i18n;
		login.setI18n(i18n);
	}

	private LoginI18n i18n(String lockedSeconds) {
		return i18n(lockedSeconds, false);
	}

	private LoginI18n i18n(String lockedSeconds, boolean expired) {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form form = i18n.getForm();
		form.setTitle(getTranslation("login.title"));
		form.setUsername(getTranslation("login.username"));
		form.setPassword(getTranslation("login.password"));
		form.setSubmit(getTranslation("login.submit"));
		form.setForgotPassword(getTranslation("login.forgot"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		if (lockedSeconds != null) {
			error.setTitle(getTranslation("login.locked.title"));
			error.setMessage(getTranslation("login.locked.message", lockedSeconds));
		}
		else if (expired) {
			error.setTitle(getTranslation("login.expired.title"));
			error.setMessage(getTranslation("login.expired.message"));
		}
		else {
			error.setTitle(getTranslation("login.error.title"));
			error.setMessage(getTranslation("login.error.message"));
		}
		error.setUsername(getTranslation("login.error.username"));
		error.setPassword(getTranslation("login.error.password"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		List<String> locked = parameters.get("locked");
		boolean expired = parameters.containsKey("expired");
		if (locked != null || expired) {
			String seconds = locked == null ? null
					: locked.isEmpty() || !locked.get(0).matches("\\d{1,6}") ? "60" : locked.get(0);
			show(i18n(seconds, expired));
		}
		login.setError(locked != null || expired || parameters.containsKey("error"));
	}

	/** The message the form shows when it shows an error, for tests. */
	public String errorMessage() {
		return login.isError() ? texts.getErrorMessage().getMessage() : null;
	}

	/** Whether the page points to the first-administrator set-up, for tests. */
	public boolean noAccountsVisible() {
		return noAccounts.isVisible();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.title");
	}

}
