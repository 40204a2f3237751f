package com.lcnews.trends.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.lcnews.trends.shared.security.Account;
import com.lcnews.trends.shared.security.AccountException;
import com.lcnews.trends.shared.security.FirstAdministratorSetup;
import com.lcnews.trends.shared.security.PasswordRules;

/**
 * First-administrator set-up: while no account exists, whoever has the one-time code from the server's log creates
 * the first administrator here. Afterwards the page only points to the sign-in page.
 */
@Route(FirstAdministratorSetup.PATH)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements HasDynamicTitle {

	final TextField code = new TextField();

	final TextField username = new TextField();

	final PasswordField password = new PasswordField();

	final PasswordField repeat = new PasswordField();

	final Button create = new Button();

	final Paragraph status = new Paragraph();

	private final FirstAdministratorSetup setup;

	private final FormLayout form = new FormLayout();

	private final VerticalLayout body = new VerticalLayout();

	public SetupView(FirstAdministratorSetup setup) {
		this.setup = setup;
		setAlignItems(Alignment.CENTER);
		getStyle().set("padding-top", "calc(2 * var(--lumo-space-xl))");
		Div top = new Div(new LanguageSwitch());
		top.addClassName("login-language");
		status.setId("setup-status");
		body.setPadding(false);
		body.setMaxWidth("32em");
		body.setWidthFull();
		H1 title = new H1(getTranslation("setup.title"));
		title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
		add(top, new Paragraph(getTranslation("app.title")), title, body);
		if (!setup.open()) {
			status.setText(getTranslation("setup.closed"));
			body.add(status, signInLink());
			return;
		}
		configureForm();
		status.getStyle().set("color", "var(--lumo-error-text-color)");
		body.add(new Paragraph(getTranslation("setup.explain")), form, create, status);
	}

	private void configureForm() {
		code.setLabel(getTranslation("setup.code"));
		code.setId("setup-code");
		code.setHelperText(getTranslation("setup.code.help"));
		username.setLabel(getTranslation("login.username"));
		username.setId("setup-username");
		password.setLabel(getTranslation("login.password"));
		password.setId("setup-password");
		password.setHelperText(getTranslation("accounts.password.help", PasswordRules.MIN_LENGTH));
		repeat.setLabel(getTranslation("accounts.password.repeat"));
		repeat.setId("setup-repeat");
		form.add(code, username, password, repeat);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		create.setText(getTranslation("setup.create"));
		create.setId("setup-create");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(e -> submit());
	}

	void submit() {
		if (!password.getValue().equals(repeat.getValue())) {
			status.setText(getTranslation("accounts.error.mismatch"));
			return;
		}
		try {
			Account admin = setup.complete(code.getValue(), username.getValue().strip(), password.getValue());
			body.removeAll();
			status.getStyle().remove("color");
			status.setText(getTranslation("setup.done", admin.username()));
			body.add(status, signInLink());
		}
		catch (AccountException ex) {
			status.setText(getTranslation("accounts.error." + ex.code(), ex.args()));
		}
	}

	private Anchor signInLink() {
		Anchor link = new Anchor("login", getTranslation("setup.signIn"));
		link.setId("setup-sign-in");
		return link;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("setup.title") + " · " + getTranslation("app.title");
	}

}
