package com.lcnews.trends.shared.ui;

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

/** The sign-in page, the only page anonymous users see. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final LoginForm login = new LoginForm();

	public LoginView() {
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		login.setAction("login");
		login.setForgotPasswordButtonVisible(false);
		login.setI18n(i18n());
		Div top = new Div(new LanguageSwitch());
		top.addClassName("login-language");
		add(top, new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.subtitle")), login);
	}

	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form form = i18n.getForm();
		form.setTitle(getTranslation("login.title"));
		form.setUsername(getTranslation("login.username"));
		form.setPassword(getTranslation("login.password"));
		form.setSubmit(getTranslation("login.submit"));
		form.setForgotPassword(getTranslation("login.forgot"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(getTranslation("login.error.message"));
		error.setUsername(getTranslation("login.error.username"));
		error.setPassword(getTranslation("login.error.password"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.title");
	}

}
