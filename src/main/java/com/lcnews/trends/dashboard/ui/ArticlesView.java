package com.lcnews.trends.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.EmptyState;
import com.lcnews.trends.shared.ui.MainLayout;

/** The articles view. */
@Route(value = "articles", layout = MainLayout.class)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST })
public class ArticlesView extends VerticalLayout implements HasDynamicTitle {

	public ArticlesView() {
		add(new EmptyState(getTranslation("articles.empty.title"), getTranslation("articles.empty.text"),
				getTranslation("articles.empty.command")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.articles") + " · " + getTranslation("app.title");
	}

}
