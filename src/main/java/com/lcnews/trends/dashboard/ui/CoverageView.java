package com.lcnews.trends.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.dashboard.ui.chart.ChartOptions;
import com.lcnews.trends.dashboard.ui.chart.EChart;
import com.lcnews.trends.shared.District;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.EmptyState;
import com.lcnews.trends.shared.ui.MainLayout;
import com.lcnews.trends.trend.DataRange;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.TrendPoint;
import com.lcnews.trends.trend.TrendQuery;
import com.lcnews.trends.trend.TrendService;

/** Coverage balance for editors: which topics and districts get how much, against the city-wide mix. */
@Route(value = "coverage", layout = MainLayout.class)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST })
public class CoverageView extends VerticalLayout implements HasDynamicTitle {

	static final long MIN_DISTRICT_ARTICLES = 5;

	static final double MIN_CITY_SHARE = 5;

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Select<CoverageMatrix.Mode> mode = new Select<>();

	final EChart heatmap = new EChart();

	final Grid<String> matrixTable = new Grid<>();

	final Grid<CoverageMatrix.Gap> gaps = new Grid<>();

	final EChart districtLines = new EChart();

	final Paragraph notes = new Paragraph();

	private final TrendService trends;

	private final Names names;

	private final HorizontalLayout matrixExport = new HorizontalLayout();

	private final HorizontalLayout gapsExport = new HorizontalLayout();

	private CoverageMatrix matrix;

	public CoverageView(TrendService trends, Names names) {
		this.trends = trends;
		this.names = names;
		setWidthFull();
		Optional<DataRange> range = trends.dataRange(null);
		if (range.isEmpty()) {
			add(new EmptyState(getTranslation("coverage.empty.title"), getTranslation("coverage.empty.text"),
					getTranslation("coverage.empty.command")));
			return;
		}
		from.setLabel(getTranslation("filter.from"));
		from.setValue(range.get().first());
		to.setLabel(getTranslation("filter.to"));
		to.setValue(range.get().last());
		mode.setLabel(getTranslation("coverage.mode"));
		mode.setItems(CoverageMatrix.Mode.values());
		mode.setItemLabelGenerator(m -> getTranslation("coverage.mode." + m.name().toLowerCase(Locale.ROOT)));
		mode.setValue(CoverageMatrix.Mode.DISTRICT_SHARE);
		from.addValueChangeListener(e -> refresh());
		to.addValueChangeListener(e -> refresh());
		mode.addValueChangeListener(e -> drawMatrix());
		heatmap.setId("coverage-heatmap");
		heatmap.setHeight("520px");
		districtLines.setId("district-lines");
		matrixTable.setAllRowsVisible(true);
		gaps.setAllRowsVisible(true);
		gaps.setId("coverage-gaps");
		configureGaps();
		HorizontalLayout bar = new HorizontalLayout(from, to, mode);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(bar, notes, heatmap, matrixExport, matrixTable, new H3(getTranslation("coverage.gaps")),
				new Paragraph(getTranslation("coverage.gaps.explain", MIN_DISTRICT_ARTICLES, (long) MIN_CITY_SHARE)),
				gapsExport, gaps, new H3(getTranslation("coverage.districts")), districtLines);
		refresh();
	}

	private List<String> districtCodes() {
		List<String> codes = new ArrayList<>(names.districts().all().stream().map(District::code).toList());
		codes.add(Names.UNKNOWN_DISTRICT);
		return codes;
	}

	private List<String> topicCodes() {
		List<String> codes = new ArrayList<>(names.topics().all().stream().map(e -> e.topic().code()).toList());
		codes.add(Names.UNCLASSIFIED);
		return codes;
	}

	void refresh() {
		if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
			return;
		}
		matrix = new CoverageMatrix(trends.coverage(from.getValue(), to.getValue(), null), topicCodes(), districtCodes());
		var undated = trends.undatedSummary(null);
		notes.setText(getTranslation("coverage.notes", matrix.total(), undated.undated(), undated.unknownDistrict(),
				matrix.districtTotal(District.NOT_LOCAL)));
		drawMatrix();
		List<CoverageMatrix.Gap> gapList = matrix.gaps(MIN_DISTRICT_ARTICLES, MIN_CITY_SHARE);
		gaps.setItems(gapList);
		List<List<Object>> gapRows = gapList.stream()
			.map(g -> List.<Object>of(districtName(g.district()), topicName(g.topic()), TrendsView.format(g.districtShare()),
					TrendsView.format(g.cityShare()), g.count(), g.expected()))
			.toList();
		gapsExport.removeAll();
		gapsExport.add(CsvDownload.link(getTranslation("export.csv"), "coverage-gaps.csv",
				List.of(getTranslation("article.district"), getTranslation("article.topic"),
						getTranslation("coverage.gaps.districtShare"), getTranslation("coverage.gaps.cityShare"),
						getTranslation("coverage.gaps.count"), getTranslation("coverage.gaps.expected")),
				printer -> printer.printRecords(gapRows)));
		drawDistrictLines();
	}

	private void drawMatrix() {
		if (matrix == null) {
			return;
		}
		CoverageMatrix.Mode m = mode.getValue();
		List<String> columns = new ArrayList<>(matrix.districts().stream().map(this::districtName).toList());
		boolean reference = m == CoverageMatrix.Mode.DISTRICT_SHARE;
		if (reference) {
			columns.add(getTranslation("coverage.cityMix"));
		}
		List<String> rows = matrix.topics();
		Double[][] values = new Double[rows.size()][columns.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < matrix.districts().size(); c++) {
				values[r][c] = matrix.value(rows.get(r), matrix.districts().get(c), m);
			}
			if (reference) {
				values[r][columns.size() - 1] = matrix.cityShare(rows.get(r));
			}
		}
		heatmap.setOption(ChartOptions.heatmap(getTranslation("coverage.chart.title"),
				rows.stream().map(this::topicName).toList(), columns, values, m != CoverageMatrix.Mode.COUNT,
				m == CoverageMatrix.Mode.DEVIATION));
		fillMatrixTable(m, columns, values);
	}

	private void fillMatrixTable(CoverageMatrix.Mode m, List<String> columns, Double[][] values) {
		matrixTable.removeAllColumns();
		List<String> rows = matrix.topics();
		matrixTable.addColumn(this::topicName).setHeader(getTranslation("article.topic")).setFrozen(true).setAutoWidth(true);
		for (int c = 0; c < columns.size(); c++) {
			int col = c;
			matrixTable.addColumn(t -> cell(values[rows.indexOf(t)][col])).setHeader(columns.get(c)).setAutoWidth(true);
		}
		matrixTable.setItems(rows);
		matrixExport.removeAll();
		List<String> header = new ArrayList<>(List.of(getTranslation("article.topic")));
		header.addAll(columns);
		List<List<Object>> lines = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			List<Object> line = new ArrayList<>(List.of(topicName(rows.get(r))));
			for (Double v : values[r]) {
				line.add(cell(v));
			}
			lines.add(line);
		}
		matrixExport.add(CsvDownload.link(getTranslation("export.csv"), "coverage-" + m.name().toLowerCase(Locale.ROOT) + ".csv",
				header, printer -> printer.printRecords(lines)));
	}

	private void drawDistrictLines() {
		Map<String, List<Double>> lines = new LinkedHashMap<>();
		List<String> categories = new ArrayList<>();
		for (LocalDate p = Granularity.MONTH.periodStart(from.getValue()); !p.isAfter(to.getValue()); p = Granularity.MONTH.next(p)) {
			categories.add(TrendTable.label(p, Granularity.MONTH));
		}
		for (District d : names.districts().counties()) {
			List<TrendPoint> points = trends.series(new TrendQuery(Granularity.MONTH, from.getValue(), to.getValue(),
					Set.of(d.code()), Set.of(), null));
			Map<String, Double> byLabel = new LinkedHashMap<>();
			TrendTable.of(points, Granularity.MONTH, List.of(), false, 1).rows()
				.forEach(r -> byLabel.put(r.label(), (double) r.total()));
			lines.put(d.displayName(getLocale()), categories.stream().map(c -> byLabel.getOrDefault(c, 0.0)).toList());
		}
		districtLines.setOption(ChartOptions.lines(getTranslation("coverage.districts.chart"), categories, lines, false));
	}

	private String cell(Double v) {
		return v == null ? "—" : TrendsView.format(v);
	}

	private String topicName(String code) {
		return names.topic(code, getLocale(), this::getTranslation);
	}

	private String districtName(String code) {
		return names.district(code, getLocale(), this::getTranslation);
	}

	private void configureGaps() {
		gaps.addColumn(g -> districtName(g.district())).setHeader(getTranslation("article.district")).setAutoWidth(true);
		gaps.addColumn(g -> topicName(g.topic())).setHeader(getTranslation("article.topic")).setAutoWidth(true);
		gaps.addColumn(g -> TrendsView.format(g.districtShare()) + "%").setHeader(getTranslation("coverage.gaps.districtShare"));
		gaps.addColumn(g -> TrendsView.format(g.cityShare()) + "%").setHeader(getTranslation("coverage.gaps.cityShare"));
		gaps.addColumn(CoverageMatrix.Gap::count).setHeader(getTranslation("coverage.gaps.count"));
		gaps.addColumn(CoverageMatrix.Gap::expected).setHeader(getTranslation("coverage.gaps.expected"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.coverage") + " · " + getTranslation("app.title");
	}

}
