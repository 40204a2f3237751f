package com.lcnews.trends.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** An error page inside the shell: a title, what happened in the UI's language, and the way back. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

	private String titleKey = "error.server.title";

	/** Shows the page; {@code titleKey} names the title message. */
	void show(String id, String titleKey, String text) {
		this.titleKey = titleKey;
		removeAll();
		setId(id);
		add(new H2(getTranslation(titleKey)), new Paragraph(text), new Anchor("", getTranslation("error.back")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation(titleKey) + " · " + getTranslation("app.title");
	}

}
