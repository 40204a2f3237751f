package com.lcnews.trends.dashboard.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import com.lcnews.trends.shared.District;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.RisingTopics;
import com.lcnews.trends.trend.TrendService;

/**
 * "Rising topics": topics (city-wide and per district) whose share in the week or month at the end of the chosen
 * range is far above their usual level, each linking to the articles behind it in the article list.
 */
class RisingPanel extends VerticalLayout {

	final Select<Granularity> period = new Select<>();

	final Grid<RisingTopics.Rising> grid = new Grid<>();

	final Paragraph status = new Paragraph();

	private final TrendService trends;

	private final Names names;

	private LocalDate asOf;

	RisingPanel(TrendService trends, Names names) {
		this.trends = trends;
		this.names = names;
		setPadding(false);
		setId("rising");
		period.setLabel(getTranslation("rising.period"));
		period.setItems(Granularity.WEEK, Granularity.MONTH);
		period.setItemLabelGenerator(g -> getTranslation("granularity." + g.name().toLowerCase(Locale.ROOT)));
		period.setValue(Granularity.MONTH);
		period.addValueChangeListener(e -> refresh());
		grid.setId("rising-grid");
		grid.addColumn(r -> where(r.district())).setHeader(getTranslation("article.district")).setAutoWidth(true);
		grid.addColumn(r -> topicName(r.topic())).setHeader(getTranslation("article.topic")).setAutoWidth(true);
		grid.addColumn(r -> getTranslation("rising.now", r.count(), r.total(), Formats.percent(r.share())))
			.setHeader(getTranslation("rising.share")).setAutoWidth(true);
		grid.addColumn(r -> Formats.percent(r.usualShare()) + " · "
				+ getTranslation(r.seasonal() ? "rising.seasonal" : "rising.recent"))
			.setHeader(getTranslation("rising.usual")).setAutoWidth(true);
		grid.addColumn(r -> "×" + Formats.number(r.ratio())).setHeader(getTranslation("rising.ratio")).setAutoWidth(true);
		grid.addComponentColumn(this::link).setHeader(getTranslation("rising.articles")).setAutoWidth(true);
		grid.setAllRowsVisible(true);
		add(new H3(getTranslation("rising.title")),
				new Paragraph(getTranslation("rising.explain", Formats.number(RisingTopics.MIN_RATIO),
						RisingTopics.MIN_COUNT, Formats.percent(RisingTopics.FALSE_DISCOVERY_RATE))),
				period, status, grid);
	}

	/** Looks for rising topics in the period that contains {@code day}. */
	void show(LocalDate day) {
		this.asOf = day;
		refresh();
	}

	private void refresh() {
		if (asOf == null) {
			return;
		}
		Granularity g = period.getValue();
		List<String> districts = names.districts().all().stream().map(District::code).toList();
		List<String> topics = names.topics().all().stream().map(e -> e.topic().code()).toList();
		List<RisingTopics.Rising> rising = trends.rising(g, asOf, districts, topics, null);
		String label = Formats.period(g.periodStart(asOf), g, getLocale());
		status.setText(rising.isEmpty() ? getTranslation("rising.none", label) : getTranslation("rising.found", label,
				rising.size()));
		grid.setItems(rising);
		grid.setVisible(!rising.isEmpty());
	}

	private Anchor link(RisingTopics.Rising r) {
		Granularity g = period.getValue();
		LocalDate end = g.next(r.period()).minusDays(1);
		String href = "articles?topic=" + r.topic() + (r.district().equals(RisingTopics.WHOLE_CITY) ? ""
				: "&district=" + r.district()) + "&from=" + r.period() + "&to=" + end;
		return new Anchor(href, getTranslation("rising.open", r.count()));
	}

	private String where(String district) {
		return district.equals(RisingTopics.WHOLE_CITY) ? getTranslation("rising.wholeCity")
				: names.district(district, getLocale(), this::getTranslation);
	}

	private String topicName(String code) {
		return names.topic(code, getLocale(), this::getTranslation);
	}

}
