package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * The trend table under the chart and its CSV export: one row per period; per topic the value (and, for corrected
 * estimates, the interval and the raw value beside it); the period's total and its low-confidence share.
 */
final class TrendTableView {

	private TrendTableView() {
	}

	static void fill(Grid<TrendTable.Row> grid, FlexLayout bar, TrendTable table, Names names, Component owner,
			java.util.Locale locale, boolean percent) {
		java.util.function.Function<String, String> t = owner::getTranslation;
		java.util.function.Function<String, String> topic = c -> names.topic(c, locale, t);
		grid.removeAllColumns();
		grid.addColumn(TrendTable.Row::label).setHeader(t.apply("table.period")).setFrozen(true).setAutoWidth(true);
		for (String code : table.topics()) {
			grid.addColumn(r -> cell(r, code, table.corrected(), percent, t)).setHeader(topic.apply(code)).setAutoWidth(true);
		}
		grid.addColumn(TrendTable.Row::total).setHeader(t.apply("table.total")).setAutoWidth(true);
		grid.addColumn(r -> Formats.number(r.uncertaintyPercent()) + "%").setHeader(t.apply("trends.uncertainty"))
			.setAutoWidth(true);
		grid.setItems(table.rows());
		bar.removeAll();
		bar.add(CsvDownload.link(t.apply("export.csv"), "trends.csv", header(table, topic, t), printer -> {
			for (TrendTable.Row r : table.rows()) {
				printer.printRecord(record(r, table, percent));
			}
		}));
	}

	private static String cell(TrendTable.Row r, String code, boolean corrected, boolean percent,
			java.util.function.Function<String, String> t) {
		String value = value(r.values().get(code), percent);
		if (!corrected) {
			return value;
		}
		return value + "（" + value(r.lower().get(code), percent) + "–" + value(r.upper().get(code), percent) + "）· "
				+ t.apply("trends.raw") + " " + value(r.raw().get(code), percent);
	}

	private static String value(Double v, boolean percent) {
		return v == null ? "—" : Formats.number(v) + (percent ? "%" : "");
	}

	private static List<String> header(TrendTable table, java.util.function.Function<String, String> topic,
			java.util.function.Function<String, String> t) {
		List<String> header = new ArrayList<>(List.of(t.apply("table.period")));
		for (String code : table.topics()) {
			String name = topic.apply(code);
			if (table.corrected()) {
				header.add(name + t.apply("export.estimate"));
				header.add(name + t.apply("export.lower"));
				header.add(name + t.apply("export.upper"));
				header.add(name + t.apply("export.raw"));
			}
			else {
				header.add(name);
			}
		}
		header.add(t.apply("table.total"));
		header.add(t.apply("trends.uncertainty"));
		return header;
	}

	private static List<Object> record(TrendTable.Row r, TrendTable table, boolean percent) {
		List<Object> cells = new ArrayList<>(List.of(r.label()));
		for (String code : table.topics()) {
			cells.add(value(r.values().get(code), percent));
			if (table.corrected()) {
				cells.add(value(r.lower().get(code), percent));
				cells.add(value(r.upper().get(code), percent));
				cells.add(value(r.raw().get(code), percent));
			}
		}
		cells.add(r.total());
		cells.add(Formats.number(r.uncertaintyPercent()) + "%");
		return cells;
	}

}
