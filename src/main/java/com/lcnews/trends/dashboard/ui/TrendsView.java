package com.lcnews.trends.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.EmptyState;
import com.lcnews.trends.shared.ui.MainLayout;

/** The trends view. */
@Route(value = "trends", layout = MainLayout.class)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST })
public class TrendsView extends VerticalLayout implements HasDynamicTitle {

	public TrendsView() {
		add(new EmptyState(getTranslation("trends.empty.title"), getTranslation("trends.empty.text"),
				getTranslation("trends.empty.command")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.trends") + " · " + getTranslation("app.title");
	}

}
