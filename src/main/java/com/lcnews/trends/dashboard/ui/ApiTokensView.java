package com.lcnews.trends.dashboard.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.api.ApiTokenService;
import com.lcnews.trends.shared.security.CurrentUser;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.MainLayout;

/**
 * Administrators issue API tokens to the systems around the newsroom (one per client, with a role), see when each was
 * last used, and revoke them. A new token is shown once.
 */
@Route(value = "api-tokens", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	final TextField client = new TextField();

	final ComboBox<String> role = new ComboBox<>();

	final Button issue = new Button();

	final TextField issuedToken = new TextField();

	final Grid<ApiTokenService.Client> tokens = new Grid<>();

	private final ApiTokenService service;

	public ApiTokensView(ApiTokenService service) {
		this.service = service;
		client.setLabel(getTranslation("apiTokens.client"));
		client.setMaxLength(128);
		client.setId("token-client");
		role.setLabel(getTranslation("apiTokens.role"));
		role.setItems(Roles.EDITOR, Roles.SCIENTIST, Roles.ADMIN);
		role.setItemLabelGenerator(this::roleName);
		role.setValue(Roles.EDITOR);
		role.setId("token-role");
		issue.setText(getTranslation("apiTokens.issue"));
		issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		issue.setId("issue-token");
		issue.addClickListener(e -> issueToken());
		issuedToken.setLabel(getTranslation("apiTokens.issued"));
		issuedToken.setReadOnly(true);
		issuedToken.setWidthFull();
		issuedToken.setVisible(false);
		issuedToken.setId("issued-token");
		HorizontalLayout form = new HorizontalLayout(client, role, issue);
		form.setAlignItems(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		configureGrid();
		add(new Paragraph(getTranslation("apiTokens.explain")), new Anchor("swagger-ui.html", getTranslation("apiTokens.docs")),
				form, issuedToken, tokens);
		refresh();
	}

	private void configureGrid() {
		tokens.setId("api-tokens");
		tokens.addColumn(ApiTokenService.Client::client).setHeader(getTranslation("apiTokens.client")).setFlexGrow(2);
		tokens.addColumn(c -> roleName(c.role())).setHeader(getTranslation("apiTokens.role"));
		tokens.addColumn(c -> c.issuedBy() + " · " + time(c.issuedAt())).setHeader(getTranslation("apiTokens.issuedAt"))
			.setAutoWidth(true);
		tokens.addColumn(c -> time(c.lastUsedAt())).setHeader(getTranslation("apiTokens.lastUsed")).setAutoWidth(true);
		tokens.addColumn(c -> c.active() ? getTranslation("apiTokens.active")
				: getTranslation("apiTokens.revokedBy", c.revokedBy(), time(c.revokedAt())))
			.setHeader(getTranslation("apiTokens.state"))
			.setAutoWidth(true);
		tokens.addComponentColumn(c -> {
			Button revoke = new Button(getTranslation("apiTokens.revoke"), e -> revoke(c));
			revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			revoke.setEnabled(c.active());
			return revoke;
		});
		tokens.setAllRowsVisible(true);
	}

	void issueToken() {
		try {
			var issued = service.issue(client.getValue(), role.getValue(), CurrentUser.name().orElse("admin"));
			issuedToken.setValue(issued.token());
			issuedToken.setHelperText(getTranslation("apiTokens.once", issued.client().client()));
			issuedToken.setVisible(true);
			client.clear();
			client.setInvalid(false);
			refresh();
		}
		catch (IllegalArgumentException ex) {
			client.setErrorMessage(getTranslation("apiTokens.clientNeeded"));
			client.setInvalid(true);
		}
	}

	void revoke(ApiTokenService.Client token) {
		service.revoke(token.id(), CurrentUser.name().orElse("admin"));
		refresh();
	}

	private void refresh() {
		tokens.setItems(service.list());
	}

	private String roleName(String code) {
		return getTranslation("role." + code.toLowerCase(java.util.Locale.ROOT));
	}

	private static String time(Instant at) {
		return at == null ? "—" : TIME.format(at.atZone(ZoneId.systemDefault()));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.apiTokens") + " · " + getTranslation("app.title");
	}

}
