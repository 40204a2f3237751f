package com.lcnews.trends.shared.ui;

import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import com.lcnews.trends.shared.security.CurrentUser;
import com.lcnews.trends.shared.security.Roles;

/**
 * The shell of every signed-in page: title, navigation (only the views the user's role may open), language switch,
 * user and sign-out. Navigation targets are route paths, so the shell depends on no feature.
 */
@PermitAll
public class MainLayout extends AppLayout {

	/** A navigation entry: message key, route path, icon, roles that may open it. */
	record NavEntry(String key, String path, VaadinIcon icon, List<String> roles) {
	}

	static final List<NavEntry> NAVIGATION = List.of(
			new NavEntry("nav.trends", "trends", VaadinIcon.LINE_CHART, List.of(Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST)),
			new NavEntry("nav.coverage", "coverage", VaadinIcon.GRID_BIG, List.of(Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST)),
			new NavEntry("nav.articles", "articles", VaadinIcon.NEWSPAPER, List.of(Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST)),
			new NavEntry("nav.models", "models", VaadinIcon.COG_O, List.of(Roles.ADMIN, Roles.SCIENTIST)),
			new NavEntry("nav.topics", "topics", VaadinIcon.TAGS, List.of(Roles.SCIENTIST, Roles.ADMIN)),
			new NavEntry("nav.import", "import", VaadinIcon.UPLOAD, List.of(Roles.ADMIN)),
			new NavEntry("nav.accounts", "accounts", VaadinIcon.USERS, List.of(Roles.ADMIN)),
			new NavEntry("nav.apiTokens", "api-tokens", VaadinIcon.KEY, List.of(Roles.ADMIN)),
			new NavEntry("nav.audit", "audit", VaadinIcon.CLIPBOARD_TEXT, List.of(Roles.ADMIN)));

	final SideNav nav = new SideNav();

	public MainLayout(AuthenticationContext authentication) {
		setPrimarySection(Section.DRAWER);
		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("nav.toggle"));
		setI18n(new AppLayout.AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));
		addToNavbar(toggle, title(), toolbar(authentication));
		for (NavEntry entry : NAVIGATION) {
			if (entry.roles().stream().anyMatch(CurrentUser::hasRole)) {
				nav.addItem(new SideNavItem(getTranslation(entry.key()), entry.path(), entry.icon().create()));
			}
		}
		addToDrawer(nav);
	}

	private Span title() {
		Span title = new Span(getTranslation("app.title"));
		title.addClassName("app-title");
		return title;
	}

	private HorizontalLayout toolbar(AuthenticationContext authentication) {
		String user = authentication.getPrincipalName().orElse("");
		String role = List.of(Roles.ADMIN, Roles.SCIENTIST, Roles.EDITOR)
			.stream()
			.filter(CurrentUser::hasRole)
			.findFirst()
			.map(r -> getTranslation("role." + r.toLowerCase(java.util.Locale.ROOT)))
			.orElse("");
		Span who = new Span(user);
		if (!role.isEmpty()) {
			// on a phone the header keeps the name; the role is in the menu's choices anyway
			Span roleText = new Span(" · " + role);
			roleText.addClassName("wide-only");
			who.add(roleText);
		}
		who.setTitle(role.isEmpty() ? user : user + " · " + role);
		who.setId("current-user");
		Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		logout.setId("logout");
		HorizontalLayout bar = new HorizontalLayout(new LanguageSwitch(), who, logout);
		bar.setAlignItems(FlexComponent.Alignment.CENTER);
		bar.addClassName("app-toolbar");
		return bar;
	}

}
