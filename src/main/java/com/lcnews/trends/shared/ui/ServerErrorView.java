package com.lcnews.trends.shared.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page that failed while opening: a short note in the UI's language; the stack trace goes to the log only. */
@ParentLayout(MainLayout.class)
@PermitAll
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

	private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		log.error("Page {} failed", event.getLocation().getPath(), parameter.getCaughtException());
		removeAll();
		setId("server-error");
		add(new H2(getTranslation("error.server.title")), new Paragraph(getTranslation("error.server.text")),
				new Anchor("", getTranslation("error.back")));
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("error.server.title") + " · " + getTranslation("app.title");
	}

}
