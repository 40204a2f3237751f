package com.lcnews.trends.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.EmptyState;
import com.lcnews.trends.shared.ui.MainLayout;

/** The models view. */
@Route(value = "models", layout = MainLayout.class)
@RolesAllowed({ Roles.ADMIN, Roles.SCIENTIST })
public class ModelsView extends VerticalLayout implements HasDynamicTitle {

	public ModelsView() {
		add(new EmptyState(getTranslation("models.empty.title"), getTranslation("models.empty.text"),
				getTranslation("models.empty.command")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.models") + " · " + getTranslation("app.title");
	}

}
