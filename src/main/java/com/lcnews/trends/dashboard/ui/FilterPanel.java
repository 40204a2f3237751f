package com.lcnews.trends.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A view's filters under a one-line summary of what is chosen. Open on wide windows; on phones and narrow windows
 * (under {@value #WIDE_PX} px) it starts closed, so the chart is on the first screen and a tap opens the filters.
 */
class FilterPanel extends Details {

	static final int WIDE_PX = 760;

	private final Span summary = new Span();

	private final HorizontalLayout fields = new HorizontalLayout();

	private boolean sized;

	FilterPanel(Component... components) {
		fields.add(components);
		fields.setWrap(true);
		fields.setAlignItems(FlexComponent.Alignment.BASELINE);
		fields.addClassName("filter-bar");
		summary.addClassName("filter-summary");
		setSummary(summary);
		add(fields);
		setOpened(true);
		addClassName("filter-panel");
		setWidthFull();
	}

	/** Shows what is chosen, e.g. "月 · 占比 · 全部地区". */
	void summarise(String text) {
		summary.setText(getTranslation("filter.summary", text));
	}

	String summaryText() {
		return summary.getText();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		if (!sized) {
			sized = true;
			event.getUI().getPage().retrieveExtendedClientDetails(d -> setOpened(d.getWindowInnerWidth() >= WIDE_PX));
		}
	}

}
