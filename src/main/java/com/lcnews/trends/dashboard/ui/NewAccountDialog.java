package com.lcnews.trends.dashboard.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import com.lcnews.trends.shared.security.Account;
import com.lcnews.trends.shared.security.AccountException;
import com.lcnews.trends.shared.security.AccountService;
import com.lcnews.trends.shared.security.CurrentUser;
import com.lcnews.trends.shared.security.PasswordRules;
import com.lcnews.trends.shared.security.Roles;

/** Creates an account: name, role, password twice; a refusal is shown in the dialog, which stays open. */
class NewAccountDialog extends Dialog {

	final TextField username = new TextField();

	final Select<String> role = new Select<>();

	final PasswordField password = new PasswordField();

	final PasswordField repeat = new PasswordField();

	final Button create = new Button();

	final Paragraph problem = new Paragraph();

	private final AccountService accounts;

	private final Consumer<Account> onCreated;

	NewAccountDialog(AccountService accounts, Consumer<Account> onCreated) {
		this.accounts = accounts;
		this.onCreated = onCreated;
		setId("new-account-dialog");
		setHeaderTitle(getTranslation("accounts.add"));
		setWidth("min(32em, 96vw)");
		username.setLabel(getTranslation("accounts.username"));
		username.setId("new-account-name");
		role.setLabel(getTranslation("accounts.role"));
		role.setItems(AccountService.ROLES);
		role.setItemLabelGenerator(r -> getTranslation("role." + r.toLowerCase(Locale.ROOT)));
		role.setValue(Roles.EDITOR);
		password.setLabel(getTranslation("accounts.password"));
		password.setHelperText(getTranslation("accounts.password.help", PasswordRules.MIN_LENGTH));
		repeat.setLabel(getTranslation("accounts.password.repeat"));
		problem.setId("new-account-problem");
		problem.getStyle().set("color", "var(--lumo-error-text-color)");
		FormLayout form = new FormLayout(username, role, password, repeat);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
		add(form, problem);
		create.setText(getTranslation("accounts.create"));
		create.setId("create-account");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(e -> create());
		getFooter().add(new Button(getTranslation("accounts.cancel"), e -> close()), create);
	}

	void create() {
		if (!password.getValue().equals(repeat.getValue())) {
			problem.setText(getTranslation("accounts.error.mismatch"));
			return;
		}
		try {
			Account account = accounts.create(username.getValue().strip(), role.getValue(), password.getValue(),
					CurrentUser.name().orElseThrow(() -> new IllegalStateException("Not signed in")));
			close();
			onCreated.accept(account);
		}
		catch (AccountException ex) {
			problem.setText(getTranslation("accounts.error." + ex.code(), ex.args()));
		}
	}

}
