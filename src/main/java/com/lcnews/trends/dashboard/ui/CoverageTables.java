package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import com.lcnews.trends.trend.CoverageChanges;
import com.lcnews.trends.trend.CoverageGaps;

/** The coverage view's tables and their CSV exports: the matrix, the district list for phones, gaps and changes. */
final class CoverageTables {

	/** How many changes the table lists (the export has all). */
	static final int CHANGES_SHOWN = 30;

	private final CoverageView v;

	private final Names names;

	CoverageTables(CoverageView view, Names names) {
		this.v = view;
		this.names = names;
	}

	void configure() {
		v.matrixTable.setAllRowsVisible(true);
		v.districtList.setAllRowsVisible(true);
		v.districtList.addColumn(v::districtName).setHeader(t("article.district")).setWidth("7.5em").setFlexGrow(0);
		v.districtList.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
		v.gaps.setAllRowsVisible(true);
		v.gaps.setId("coverage-gaps");
		v.gaps.addColumn(g -> v.districtName(g.district())).setHeader(t("article.district")).setAutoWidth(true);
		v.gaps.addColumn(g -> g.noCoverage() ? t("coverage.gaps.allTopics") : v.topicName(g.topic()))
			.setHeader(t("article.topic")).setAutoWidth(true);
		v.gaps.addColumn(g -> g.noCoverage() ? t("coverage.gaps.none") : g.count() + "/" + g.districtTotal())
			.setHeader(t("coverage.gaps.count")).setAutoWidth(true);
		v.gaps.addColumn(g -> g.noCoverage() ? "—" : Formats.number(g.expected())).setHeader(t("coverage.gaps.expected"))
			.setAutoWidth(true);
		v.gaps.addColumn(g -> g.noCoverage() ? "—" : Formats.percent(g.districtShare()) + " / " + Formats.percent(g.cityShare()))
			.setHeader(t("coverage.gaps.shares")).setAutoWidth(true);
		v.gaps.addColumn(g -> g.noCoverage() ? "—" : Formats.pValue(g.pValue())).setHeader(t("coverage.gaps.p"))
			.setAutoWidth(true);
		v.gaps.addColumn(g -> v.districtName(g.district()) + " · " + (g.noCoverage() ? t("coverage.gaps.none")
				: v.topicName(g.topic()) + " " + g.count() + "/" + g.districtTotal() + "，" + t("coverage.gaps.expected")
						+ " " + Formats.number(g.expected()) + "，p " + Formats.pValue(g.pValue())))
			.setHeader(t("coverage.gaps")).setKey(NarrowColumns.KEY).setVisible(false);
		v.changes.setAllRowsVisible(true);
		v.changes.setId("coverage-changes");
		v.changes.addColumn(c -> v.districtName(c.district())).setHeader(t("article.district")).setAutoWidth(true);
		v.changes.addColumn(c -> v.topicName(c.topic())).setHeader(t("article.topic")).setAutoWidth(true);
		v.changes.addColumn(c -> c.before() + "/" + c.beforeTotal() + "（" + Formats.percent(c.shareBefore()) + "）")
			.setHeader(t("coverage.changes.before")).setAutoWidth(true);
		v.changes.addColumn(c -> c.after() + "/" + c.afterTotal() + "（" + Formats.percent(c.shareAfter()) + "）")
			.setHeader(t("coverage.changes.after")).setAutoWidth(true);
		v.changes.addColumn(c -> arrow(c) + Formats.points(c.pointsChange())).setHeader(t("coverage.changes.points"))
			.setAutoWidth(true);
		v.changes.addColumn(c -> Formats.pValue(c.pValue())
				+ (c.pValue() <= CoverageView.FALSE_DISCOVERY_RATE ? " · " + t("coverage.changes.significant") : ""))
			.setHeader(t("coverage.gaps.p")).setAutoWidth(true);
		v.changes.addColumn(c -> v.districtName(c.district()) + " · " + v.topicName(c.topic()) + " " + arrow(c)
				+ Formats.percent(c.shareBefore()) + " → " + Formats.percent(c.shareAfter()) + "，p " + Formats.pValue(c.pValue()))
			.setHeader(t("coverage.changes")).setKey(NarrowColumns.KEY).setVisible(false);
	}

	private static String arrow(CoverageChanges.Change c) {
		return c.pointsChange() > 0.05 ? "↑ " : c.pointsChange() < -0.05 ? "↓ " : "";
	}

	/** For phones: every district with its articles and largest topics, instead of the heatmap. */
	void fillDistrictList(Grid<String> list, CoverageMatrix matrix) {
		while (list.getColumns().size() > 1) {
			list.removeColumn(list.getColumns().get(1));
		}
		list.addColumn(d -> matrix.districtTotal(d) == 0 ? t("coverage.gaps.none")
				: v.getTranslation("coverage.list.line", matrix.districtTotal(d), top(matrix, d)))
			.setHeader(t("coverage.list.top")).setFlexGrow(1);
		list.setItems(matrix.districts());
	}

	private String top(CoverageMatrix matrix, String district) {
		long total = matrix.districtTotal(district);
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, Long> e : matrix.topTopics(district, 3)) {
			parts.add(v.topicName(e.getKey()) + " " + Formats.percent((double) e.getValue() / total));
		}
		return String.join("、", parts);
	}

	void fillMatrix(Grid<String> table, HorizontalLayout export, CoverageMatrix matrix, CoverageMatrix.Mode m,
			List<String> columns, Double[][] values) {
		boolean percent = m != CoverageMatrix.Mode.COUNT;
		table.removeAllColumns();
		List<String> rows = matrix.topics();
		table.addColumn(v::topicName).setHeader(t("article.topic")).setFrozen(true).setAutoWidth(true);
		for (int c = 0; c < columns.size(); c++) {
			int col = c;
			table.addColumn(r -> cell(values[rows.indexOf(r)][col], percent)).setHeader(columns.get(c)).setAutoWidth(true);
		}
		table.setItems(rows);
		export.removeAll();
		List<String> header = new ArrayList<>(List.of(t("article.topic")));
		header.addAll(columns);
		List<List<Object>> lines = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			List<Object> line = new ArrayList<>(List.of(v.topicName(rows.get(r))));
			for (Double value : values[r]) {
				line.add(cell(value, percent));
			}
			lines.add(line);
		}
		export.add(CsvDownload.link(t("export.csv"), "coverage-" + m.name().toLowerCase(Locale.ROOT) + ".csv", header,
				printer -> printer.printRecords(lines)));
	}

	private static String cell(Double value, boolean percent) {
		return value == null ? "—" : Formats.number(value) + (percent ? "%" : "");
	}

	Anchor gapsCsv(List<CoverageGaps.Gap> gaps) {
		List<List<Object>> rows = gaps.stream().map(g -> List.<Object>of(v.districtName(g.district()),
				g.noCoverage() ? t("coverage.gaps.allTopics") : v.topicName(g.topic()), g.count(), g.districtTotal(),
				g.noCoverage() ? "" : Formats.number(g.expected()), g.noCoverage() ? "" : Formats.percent(g.districtShare()),
				g.noCoverage() ? "" : Formats.percent(g.cityShare()), g.noCoverage() ? "" : Formats.pValue(g.pValue())))
			.toList();
		return CsvDownload.link(t("export.csv"), "coverage-gaps.csv",
				List.of(t("article.district"), t("article.topic"), t("coverage.gaps.count"), t("coverage.list.articles"),
						t("coverage.gaps.expected"), t("coverage.gaps.districtShare"), t("coverage.gaps.cityShare"),
						t("coverage.gaps.p")),
				printer -> printer.printRecords(rows));
	}

	Anchor changesCsv(List<CoverageChanges.Change> changes) {
		List<List<Object>> rows = changes.stream().map(c -> List.<Object>of(v.districtName(c.district()),
				v.topicName(c.topic()), c.before(), c.beforeTotal(), Formats.percent(c.shareBefore()), c.after(),
				c.afterTotal(), Formats.percent(c.shareAfter()), Formats.points(c.pointsChange()), Formats.pValue(c.pValue())))
			.toList();
		return CsvDownload.link(t("export.csv"), "coverage-changes.csv",
				List.of(t("article.district"), t("article.topic"), t("coverage.changes.beforeCount"),
						t("coverage.changes.beforeTotal"), t("coverage.changes.beforeShare"), t("coverage.changes.afterCount"),
						t("coverage.changes.afterTotal"), t("coverage.changes.afterShare"), t("coverage.changes.points"),
						t("coverage.gaps.p")),
				printer -> printer.printRecords(rows));
	}

	private String t(String key) {
		return v.getTranslation(key);
	}

}
