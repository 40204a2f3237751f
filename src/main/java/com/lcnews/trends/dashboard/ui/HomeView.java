package com.lcnews.trends.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import com.lcnews.trends.shared.ui.MainLayout;

/** The root path: every role starts on the trends view. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.forwardTo(TrendsView.class);
	}

}
