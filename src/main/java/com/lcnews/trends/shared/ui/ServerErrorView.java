package com.lcnews.trends.shared.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page that failed while opening: a short note in the UI's language; the stack trace goes to the log only. */
@ParentLayout(MainLayout.class)
@PermitAll
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

	private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		log.error("Page {} failed", event.getLocation().getPath(), parameter.getCaughtException());
		show("server-error", "error.server.title", getTranslation("error.server.text"));
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

}
