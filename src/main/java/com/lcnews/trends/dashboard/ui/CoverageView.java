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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import com.lcnews.trends.trend.CoverageCell;
import com.lcnews.trends.trend.CoverageChanges;
import com.lcnews.trends.trend.CoverageGaps;
import com.lcnews.trends.trend.DataRange;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.TrendPoint;
import com.lcnews.trends.trend.TrendQuery;
import com.lcnews.trends.trend.TrendService;

/**
 * Coverage balance for editors: every district of the taxonomy against the city-wide mix, the under-covered pairs
 * (districts without any article first), and what changed since the period before.
 */
@Route(value = "coverage", layout = MainLayout.class)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST })
public class CoverageView extends VerticalLayout implements HasDynamicTitle {

	/** The adjusted p-value up to which a pair is called under-covered or changed. */
	static final double FALSE_DISCOVERY_RATE = 0.1;

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Select<CoverageMatrix.Mode> mode = new Select<>();

	final EChart heatmap = new EChart();

	final Grid<String> districtList = new Grid<>();

	final Grid<String> matrixTable = new Grid<>();

	final Grid<CoverageGaps.Gap> gaps = new Grid<>();

	final Grid<CoverageChanges.Change> changes = new Grid<>();

	final Select<String> changeTopic = new Select<>();

	final EChart districtLines = new EChart();

	final Paragraph notes = new Paragraph();

	final Paragraph changesNote = new Paragraph();

	final FilterPanel filters = new FilterPanel(from, to, mode);

	private final TrendService trends;

	private final Names names;

	private final CoverageTables tables;

	private final HorizontalLayout matrixExport = new HorizontalLayout();

	private final HorizontalLayout gapsExport = new HorizontalLayout();

	private final HorizontalLayout changesExport = new HorizontalLayout();

	private CoverageMatrix matrix;

	private List<CoverageChanges.Change> allChanges = List.of();

	public CoverageView(TrendService trends, Names names) {
		this.trends = trends;
		this.names = names;
		this.tables = new CoverageTables(this, names);
		setWidthFull();
		Optional<DataRange> range = trends.dataRange(null);
		if (range.isEmpty()) {
			add(new EmptyState(getTranslation("coverage.empty.title"), getTranslation("coverage.empty.text"),
					getTranslation("coverage.empty.command")));
			return;
		}
		configureFilters(range.get());
		heatmap.setId("coverage-heatmap");
		heatmap.setHeight("560px");
		heatmap.addClassName("wide-only");
		districtList.setId("coverage-districts");
		districtList.addClassName("narrow-only");
		districtLines.setId("district-lines");
		tables.configure();
		Div heatmapBox = new Div(heatmap, districtList);
		heatmapBox.setWidthFull();
		add(filters, notes, heatmapBox, matrixExport, matrixTable, new H3(getTranslation("coverage.gaps")),
				new Paragraph(getTranslation("coverage.gaps.explain", Formats.percent(FALSE_DISCOVERY_RATE))), gapsExport,
				gaps, new H3(getTranslation("coverage.changes")), changesNote, changeTopic, changesExport, changes,
				new H3(getTranslation("coverage.districts")), districtLines);
		refresh();
	}

	private void configureFilters(DataRange range) {
		from.setLabel(getTranslation("filter.from"));
		from.setValue(range.first());
		to.setLabel(getTranslation("filter.to"));
		to.setValue(range.last());
		WidgetTexts.datePickers(this::getTranslation, from, to);
		mode.setLabel(getTranslation("coverage.mode"));
		mode.setItems(CoverageMatrix.Mode.values());
		mode.setItemLabelGenerator(m -> getTranslation("coverage.mode." + m.name().toLowerCase(Locale.ROOT)));
		mode.setValue(CoverageMatrix.Mode.DISTRICT_SHARE);
		changeTopic.setLabel(getTranslation("article.topic"));
		List<String> topicChoices = new ArrayList<>(List.of(""));
		topicChoices.addAll(localTopics());
		changeTopic.setItems(topicChoices);
		changeTopic.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("filter.allTopics") : topicName(t));
		changeTopic.setValue("");
		changeTopic.setId("coverage-change-topic");
		from.addValueChangeListener(e -> refresh());
		to.addValueChangeListener(e -> refresh());
		mode.addValueChangeListener(e -> drawMatrix());
		changeTopic.addValueChangeListener(e -> showChanges());
	}

	/** Every entry of the district catalog (counties, zones, city-wide, not local) and "unknown". */
	List<String> districtCodes() {
		List<String> codes = new ArrayList<>(names.districts().all().stream().map(District::code).toList());
		codes.add(Names.UNKNOWN_DISTRICT);
		return codes;
	}

	/** The districts an editor balances: counties and zones (not the city as a whole, not places outside it). */
	List<String> localDistricts() {
		return names.districts().all().stream().map(District::code)
			.filter(c -> !c.equals(District.CITY_WIDE) && !c.equals(District.NOT_LOCAL)).toList();
	}

	List<String> localTopics() {
		return names.topics().all().stream().map(e -> e.topic().code()).toList();
	}

	private List<String> topicCodes() {
		List<String> codes = new ArrayList<>(localTopics());
		codes.add(Names.UNCLASSIFIED);
		return codes;
	}

	void refresh() {
		if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
			return;
		}
		List<CoverageCell> cells = trends.coverage(from.getValue(), to.getValue(), null);
		matrix = new CoverageMatrix(cells, topicCodes(), districtCodes());
		var undated = trends.undatedSummary(null);
		notes.setText(getTranslation("coverage.notes", matrix.total(), undated.undated(), undated.unknownDistrict(),
				matrix.districtTotal(District.NOT_LOCAL)));
		filters.summarise(mode.getItemLabelGenerator().apply(mode.getValue()) + " · " + Formats.day(from.getValue(), getLocale())
				+ "–" + Formats.day(to.getValue(), getLocale()));
		drawMatrix();
		List<CoverageGaps.Gap> gapList = CoverageGaps.find(cells, localDistricts(), localTopics(), FALSE_DISCOVERY_RATE);
		gaps.setItems(gapList);
		gapsExport.removeAll();
		gapsExport.add(tables.gapsCsv(gapList));
		compareWithPreviousPeriod(cells);
		drawDistrictLines();
	}

	private void compareWithPreviousPeriod(List<CoverageCell> cells) {
		long days = to.getValue().toEpochDay() - from.getValue().toEpochDay() + 1;
		LocalDate beforeTo = from.getValue().minusDays(1);
		LocalDate beforeFrom = beforeTo.minusDays(days - 1);
		List<CoverageCell> before = trends.coverage(beforeFrom, beforeTo, null);
		allChanges = CoverageChanges.compare(before, cells, localDistricts(), localTopics());
		boolean comparable = before.stream().anyMatch(c -> c.count() > 0);
		changesNote.setText(getTranslation(comparable ? "coverage.changes.explain" : "coverage.changes.nothingBefore",
				Formats.day(beforeFrom, getLocale()), Formats.day(beforeTo, getLocale()),
				Formats.percent(FALSE_DISCOVERY_RATE)));
		changes.setVisible(comparable);
		changeTopic.setVisible(comparable);
		changesExport.setVisible(comparable);
		showChanges();
	}

	private void showChanges() {
		String topic = changeTopic.getValue();
		List<CoverageChanges.Change> shown = allChanges.stream()
			.filter(c -> topic == null || topic.isEmpty() || c.topic().equals(topic))
			.limit(CoverageTables.CHANGES_SHOWN)
			.toList();
		changes.setItems(shown);
		changesExport.removeAll();
		changesExport.add(tables.changesCsv(allChanges));
	}

	void drawMatrix() {
		if (matrix == null) {
			return;
		}
		CoverageMatrix.Mode m = mode.getValue();
		List<String> columns = new ArrayList<>(matrix.districts().stream()
			.map(d -> getTranslation("coverage.column", districtName(d), matrix.districtTotal(d))).toList());
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
		tables.fillMatrix(matrixTable, matrixExport, matrix, m, columns, values);
		tables.fillDistrictList(districtList, matrix);
	}

	private void drawDistrictLines() {
		Map<String, List<Double>> lines = new LinkedHashMap<>();
		List<String> categories = new ArrayList<>();
		List<LocalDate> months = new ArrayList<>();
		for (LocalDate p = Granularity.MONTH.periodStart(from.getValue()); !p.isAfter(to.getValue()); p = Granularity.MONTH.next(p)) {
			months.add(p);
			categories.add(Formats.period(p, Granularity.MONTH, getLocale()));
		}
		for (District d : names.districts().counties()) {
			Map<LocalDate, Long> byMonth = new LinkedHashMap<>();
			for (TrendPoint p : trends.series(new TrendQuery(Granularity.MONTH, from.getValue(), to.getValue(),
					Set.of(d.code()), Set.of(), null))) {
				byMonth.put(p.periodStart(), p.periodTotal());
			}
			lines.put(districtName(d.code()), months.stream().map(mo -> (double) byMonth.getOrDefault(mo, 0L)).toList());
		}
		districtLines.setOption(ChartOptions.lines(getTranslation("coverage.districts.chart"), categories, lines, false));
	}

	@Override
	protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
		NarrowColumns.apply(event.getUI(), gaps, changes);
	}

	String topicName(String code) {
		return names.topic(code, getLocale(), this::getTranslation);
	}

	String districtName(String code) {
		return names.district(code, getLocale(), this::getTranslation);
	}

	Locale locale() {
		return getLocale();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.coverage") + " · " + getTranslation("app.title");
	}

}
