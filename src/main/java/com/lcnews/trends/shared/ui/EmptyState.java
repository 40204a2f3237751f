package com.lcnews.trends.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

/** What a view shows when it has nothing to show yet: what will appear, and how to get data in. */
public class EmptyState extends Div {

	/**
	 * @param title what is missing
	 * @param explanation what will appear here once there is data
	 * @param command the command that brings the data in, or null
	 */
	public EmptyState(String title, String explanation, String command) {
		addClassName("empty-state");
		add(new H3(title), new Paragraph(explanation));
		if (command != null) {
			Pre pre = new Pre(command);
			pre.addClassName("empty-state-command");
			add(pre);
		}
	}

}
