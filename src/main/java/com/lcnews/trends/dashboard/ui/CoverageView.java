package com.lcnews.trends.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.EmptyState;
import com.lcnews.trends.shared.ui.MainLayout;

/** The coverage view. */
@Route(value = "coverage", layout = MainLayout.class)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST })
public class CoverageView extends VerticalLayout implements HasDynamicTitle {

	public CoverageView() {
		add(new EmptyState(getTranslation("coverage.empty.title"), getTranslation("coverage.empty.text"),
				getTranslation("coverage.empty.command")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.coverage") + " · " + getTranslation("app.title");
	}

}
