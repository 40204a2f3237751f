package com.lcnews.trends.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist, inside the shell and in the UI's language (no list of routes). */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		setId("not-found");
		add(new H2(getTranslation("error.notFound.title")),
				new Paragraph(getTranslation("error.notFound.text", event.getLocation().getPath())),
				new Anchor("", getTranslation("error.back")));
		return HttpServletResponse.SC_NOT_FOUND;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("error.notFound.title") + " · " + getTranslation("app.title");
	}

}
