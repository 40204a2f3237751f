package com.lcnews.trends.dashboard.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.lcnews.trends.trend.ArticleRef;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.TrendService;

/** The articles behind a clicked chart point; a click on a row opens the article. */
class DrillDownPanel extends VerticalLayout {

	static final int LIMIT = 200;

	final H4 title = new H4();

	final Grid<ArticleRef> grid = new Grid<>();

	private final com.vaadin.flow.component.html.Div export = new com.vaadin.flow.component.html.Div();

	private final TrendService trends;

	private final Names names;

	private final ArticleDialogFactory dialogs;

	private final Runnable onCorrected;

	DrillDownPanel(TrendService trends, Names names, ArticleDialogFactory dialogs, Runnable onCorrected) {
		this.onCorrected = onCorrected;
		this.trends = trends;
		this.names = names;
		this.dialogs = dialogs;
		setPadding(false);
		setVisible(false);
		setId("drill-down");
		grid.addColumn(ArticleRef::headline).setHeader(getTranslation("article.headline")).setFlexGrow(3);
		grid.addColumn(this::date).setHeader(getTranslation("article.date")).setAutoWidth(true);
		grid.addColumn(r -> this.names.district(r.district(), getLocale(), this::getTranslation))
			.setHeader(getTranslation("article.district")).setAutoWidth(true);
		grid.addColumn(r -> this.names.topic(r.countedTopic(), getLocale(), this::getTranslation)
				+ (r.labelled() ? " ✓" : "")).setHeader(getTranslation("article.topic")).setAutoWidth(true);
		grid.addColumn(r -> Formats.percent(r.confidence()))
			.setHeader(getTranslation("article.confidence")).setAutoWidth(true);
		grid.setAllRowsVisible(true);
		grid.addItemClickListener(e -> this.dialogs.open(e.getItem().id(), this.onCorrected));
		add(title, export, grid);
	}

	private String date(ArticleRef r) {
		String d = Formats.date(r.date(), r.datePrecision(), getLocale());
		return d == null ? getTranslation("article.undated") : d;
	}

	private String districtName(String code) {
		return names.district(code, getLocale(), this::getTranslation);
	}

	private String topicName(String code) {
		return names.topic(code, getLocale(), this::getTranslation);
	}

	/** Shows the articles of one point: the row of {@code dataIndex}, the topic of the series clicked. */
	void show(TrendTable table, int dataIndex, String seriesName, Granularity g, Set<String> districts,
			Function<String, String> topicOfSeries) {
		String topic = topicOfSeries.apply(seriesName);
		if (table == null || topic == null || dataIndex < 0 || dataIndex >= table.rows().size()) {
			return;
		}
		TrendTable.Row row = table.rows().get(dataIndex);
		List<ArticleRef> refs = trends.articlesBehind(row.period(), g, topic, districts, null, LIMIT);
		title.setText(getTranslation("drill.title", names.topic(topic, getLocale(), this::getTranslation), row.label(),
				refs.size()) + (refs.size() >= LIMIT ? " " + getTranslation("drill.capped", LIMIT) : ""));
		grid.setItems(refs);
		export.removeAll();
		export.add(CsvDownload.link(getTranslation("export.csv"), "articles-" + topic + "-" + row.period() + ".csv",
				List.of(getTranslation("article.id"), getTranslation("article.headline"), getTranslation("article.date"),
						getTranslation("article.district"), getTranslation("article.topic"),
						getTranslation("article.predicted.short"), getTranslation("article.confidence"),
						getTranslation("articles.labelled")),
				printer -> {
					for (ArticleRef r : refs) {
						printer.printRecord(r.id(), r.headline(), date(r), districtName(r.district()),
								topicName(r.countedTopic()), topicName(r.predictedTopic()), Formats.percent(r.confidence()),
								getTranslation(r.labelled() ? "common.yes" : "common.no"));
					}
				}));
		setVisible(true);
	}

}
