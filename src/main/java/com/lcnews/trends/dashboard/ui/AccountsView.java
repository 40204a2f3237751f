package com.lcnews.trends.dashboard.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.shared.security.Account;
import com.lcnews.trends.shared.security.AccountException;
import com.lcnews.trends.shared.security.AccountService;
import com.lcnews.trends.shared.security.CurrentUser;
import com.lcnews.trends.shared.security.PasswordRules;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.MainLayout;

/**
 * Administrators manage sign-in accounts: create one, change its role, set a new password, disable or enable it,
 * delete it. Each change is audited; the changed account's open sessions end at once.
 */
@Route(value = "accounts", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

	final Grid<Account> grid = new Grid<>();

	final Button add = new Button();

	final H3 selected = new H3();

	final Select<String> role = new Select<>();

	final Button saveRole = new Button();

	final PasswordField password = new PasswordField();

	final PasswordField repeat = new PasswordField();

	final Button savePassword = new Button();

	final Button toggleEnabled = new Button();

	final Button delete = new Button();

	final VerticalLayout editor = new VerticalLayout();

	private final AccountService accounts;

	public AccountsView(AccountService accounts) {
		this.accounts = accounts;
		setWidthFull();
		add.setText(getTranslation("accounts.add"));
		add.setId("add-account");
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add.addClickListener(e -> new NewAccountDialog(accounts, this::created).open());
		configureGrid();
		configureEditor();
		add(new Paragraph(getTranslation("accounts.explain")), add, grid, editor);
		refresh(null);
	}

	private void configureGrid() {
		grid.setId("account-grid");
		String me = CurrentUser.name().orElse("");
		grid.addColumn(a -> a.username() + (a.username().equals(me) ? " " + getTranslation("accounts.you") : ""))
			.setHeader(getTranslation("accounts.username")).setAutoWidth(true).setFlexGrow(2);
		grid.addColumn(a -> roleName(a.role())).setHeader(getTranslation("accounts.role")).setAutoWidth(true);
		grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled.yes" : "accounts.enabled.no"))
			.setHeader(getTranslation("accounts.enabled")).setAutoWidth(true);
		grid.addColumn(a -> ArticleDialog.TIME.format(a.updatedAt())).setHeader(getTranslation("accounts.updated"))
			.setAutoWidth(true);
		grid.addColumn(a -> ArticleDialog.TIME.format(a.createdAt()) + " · " + createdBy(a.createdBy()))
			.setHeader(getTranslation("accounts.created")).setAutoWidth(true);
		grid.setAllRowsVisible(true);
		grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
	}

	private void configureEditor() {
		editor.setId("account-editor");
		editor.setPadding(false);
		role.setLabel(getTranslation("accounts.role"));
		role.setItems(AccountService.ROLES);
		role.setItemLabelGenerator(this::roleName);
		saveRole.setText(getTranslation("accounts.role.save"));
		saveRole.addClickListener(e -> change(a -> accounts.changeRole(a.username(), role.getValue(), me()),
				"accounts.saved.role"));
		password.setLabel(getTranslation("accounts.password.new"));
		password.setHelperText(getTranslation("accounts.password.help", PasswordRules.MIN_LENGTH));
		repeat.setLabel(getTranslation("accounts.password.repeat"));
		savePassword.setText(getTranslation("accounts.password.reset"));
		savePassword.addClickListener(e -> resetPassword());
		toggleEnabled.addClickListener(e -> {
			boolean enable = !current().enabled();
			change(a -> accounts.setEnabled(a.username(), enable, me()),
					enable ? "accounts.saved.enabled" : "accounts.saved.disabled");
		});
		delete.setText(getTranslation("accounts.delete"));
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		delete.addClickListener(e -> confirmDelete());
		editor.add(selected, line(role, saveRole), line(password, repeat, savePassword), line(toggleEnabled, delete));
		editor.setVisible(false);
	}

	private static HorizontalLayout line(com.vaadin.flow.component.Component... parts) {
		HorizontalLayout line = new HorizontalLayout(parts);
		line.setWrap(true);
		line.setAlignItems(FlexComponent.Alignment.BASELINE);
		return line;
	}

	private void show(Account account) {
		editor.setVisible(account != null);
		if (account == null) {
			return;
		}
		selected.setText(getTranslation("accounts.editing", account.username()));
		role.setValue(account.role());
		password.clear();
		repeat.clear();
		toggleEnabled.setText(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"));
	}

	void resetPassword() {
		if (!password.getValue().equals(repeat.getValue())) {
			error("mismatch");
			return;
		}
		change(a -> accounts.setPassword(a.username(), password.getValue(), me()), "accounts.saved.password");
	}

	private void confirmDelete() {
		Account account = current();
		ConfirmDialog confirm = new ConfirmDialog(getTranslation("accounts.delete"),
				getTranslation("accounts.delete.confirm", account.username()), getTranslation("accounts.delete"),
				e -> change(a -> accounts.delete(a.username(), me()), "accounts.saved.deleted"));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("accounts.cancel"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.open();
	}

	/** Applies a change to the selected account and says what happened (or why it was refused). */
	void change(java.util.function.Consumer<Account> action, String savedKey) {
		Account account = current();
		try {
			action.accept(account);
			Notification.show(getTranslation(savedKey, account.username(), roleName(role.getValue())))
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			refresh(account.username());
		}
		catch (AccountException ex) {
			error(ex.code(), ex.args());
		}
	}

	private void created(Account account) {
		Notification.show(getTranslation("accounts.saved.created", account.username(), roleName(account.role())))
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		refresh(account.username());
	}

	private void error(String code, Object... args) {
		Notification.show(getTranslation("accounts.error." + code, args), 8000, Notification.Position.MIDDLE)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	/** Reloads the accounts and selects {@code username} again, if it still exists. */
	void refresh(String username) {
		var all = accounts.list();
		grid.setItems(all);
		all.stream().filter(a -> a.username().equals(username)).findFirst().ifPresentOrElse(grid::select, () -> {
			grid.deselectAll();
			editor.setVisible(false);
		});
	}

	private Account current() {
		return grid.asSingleSelect().getValue();
	}

	private String createdBy(String by) {
		return PasswordRules.RESERVED_NAMES.contains(by) ? getTranslation("accounts.by." + by) : by;
	}

	String roleName(String code) {
		return code == null ? "" : getTranslation("role." + code.toLowerCase(Locale.ROOT));
	}

	private static String me() {
		return CurrentUser.name().orElseThrow(() -> new IllegalStateException("Not signed in"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.accounts") + " · " + getTranslation("app.title");
	}

}
