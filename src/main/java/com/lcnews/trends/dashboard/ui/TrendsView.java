package com.lcnews.trends.dashboard.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.dashboard.ui.chart.ChartOptions;
import com.lcnews.trends.dashboard.ui.chart.EChart;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.EmptyState;
import com.lcnews.trends.shared.ui.MainLayout;
import com.lcnews.trends.trend.DataRange;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.ModelChange;
import com.lcnews.trends.trend.TrendPoint;
import com.lcnews.trends.trend.TrendQuery;
import com.lcnews.trends.trend.TrendService;

/** Topic frequency over time, for administrators (and every signed-in role). */
@Route(value = "trends", layout = MainLayout.class)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST })
public class TrendsView extends VerticalLayout implements HasDynamicTitle {

	/** What the dashed comparison lines show. */
	enum Compare {

		NONE, PREVIOUS, LAST_YEAR

	}

	final Select<Granularity> granularity = new Select<>();

	final RadioButtonGroup<Boolean> percent = new RadioButtonGroup<>();

	final Checkbox stacked = new Checkbox();

	final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();

	final MultiSelectComboBox<String> districts = new MultiSelectComboBox<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Select<Integer> movingAverage = new Select<>();

	final Select<Compare> compare = new Select<>();

	final EChart chart = new EChart();

	final Grid<TrendTable.Row> table = new Grid<>();

	final Paragraph notes = new Paragraph();

	final DrillDownPanel drillDown;

	private final TrendService trends;

	private final Names names;

	private final FlexLayout tableBar = new FlexLayout();

	private TrendTable current;

	public TrendsView(TrendService trends, Names names, ArticleDialogFactory dialogs) {
		this.trends = trends;
		this.names = names;
		this.drillDown = new DrillDownPanel(trends, names, dialogs);
		setWidthFull();
		Optional<DataRange> range = trends.dataRange(null);
		if (range.isEmpty()) {
			add(new EmptyState(getTranslation("trends.empty.title"), getTranslation("trends.empty.text"),
					getTranslation("trends.empty.command")));
			return;
		}
		configureFilters(range.get());
		chart.setId("trend-chart");
		chart.addClickListener(e -> drillDown.show(current, e.getDataIndex(), e.getSeriesName(), granularity.getValue(),
				districts.getValue(), this::topicOfSeries));
		notes.addClassName("chart-notes");
		table.setId("trend-table");
		table.setAllRowsVisible(true);
		add(filterBar(), chart, notes, drillDown, tableBar, table);
		refresh();
	}

	private void configureFilters(DataRange range) {
		Locale locale = getLocale();
		granularity.setLabel(getTranslation("trends.granularity"));
		granularity.setItems(Granularity.values());
		granularity.setItemLabelGenerator(g -> getTranslation("granularity." + g.name().toLowerCase(Locale.ROOT)));
		granularity.setValue(Granularity.MONTH);
		percent.setLabel(getTranslation("trends.measure"));
		percent.setItems(true, false);
		percent.setItemLabelGenerator(p -> getTranslation(p ? "trends.measure.share" : "trends.measure.count"));
		percent.setValue(true);
		stacked.setLabel(getTranslation("trends.stacked"));
		topics.setLabel(getTranslation("trends.topics"));
		topics.setItems(topicCodes());
		topics.setItemLabelGenerator(c -> names.topic(c, locale, this::getTranslation));
		topics.setPlaceholder(getTranslation("filter.all"));
		districts.setLabel(getTranslation("trends.districts"));
		districts.setItems(districtCodes());
		districts.setItemLabelGenerator(c -> names.district(c, locale, this::getTranslation));
		districts.setPlaceholder(getTranslation("filter.all"));
		from.setLabel(getTranslation("filter.from"));
		from.setValue(range.first());
		to.setLabel(getTranslation("filter.to"));
		to.setValue(range.last());
		movingAverage.setLabel(getTranslation("trends.movingAverage"));
		movingAverage.setItems(1, 3, 6, 12);
		movingAverage.setItemLabelGenerator(w -> w == 1 ? getTranslation("trends.movingAverage.off")
				: getTranslation("trends.movingAverage.window", w));
		movingAverage.setValue(1);
		compare.setLabel(getTranslation("trends.compare"));
		compare.setItems(Compare.values());
		compare.setItemLabelGenerator(c -> getTranslation("trends.compare." + c.name().toLowerCase(Locale.ROOT)));
		compare.setValue(Compare.NONE);
		granularity.addValueChangeListener(e -> refresh());
		percent.addValueChangeListener(e -> refresh());
		stacked.addValueChangeListener(e -> refresh());
		topics.addValueChangeListener(e -> refresh());
		districts.addValueChangeListener(e -> refresh());
		from.addValueChangeListener(e -> refresh());
		to.addValueChangeListener(e -> refresh());
		movingAverage.addValueChangeListener(e -> refresh());
		compare.addValueChangeListener(e -> refresh());
	}

	private HorizontalLayout filterBar() {
		HorizontalLayout bar = new HorizontalLayout(granularity, percent, topics, districts, from, to, movingAverage,
				compare, stacked);
		bar.setWrap(true);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.addClassName("filter-bar");
		return bar;
	}

	private List<String> topicCodes() {
		List<String> codes = new ArrayList<>(names.topics().all().stream().map(e -> e.topic().code()).toList());
		codes.add(Names.UNCLASSIFIED);
		return codes;
	}

	private List<String> districtCodes() {
		List<String> codes = new ArrayList<>(names.districts().all().stream().map(d -> d.code()).toList());
		codes.add(Names.UNKNOWN_DISTRICT);
		return codes;
	}

	void refresh() {
		if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
			return;
		}
		Granularity g = granularity.getValue();
		TrendQuery query = new TrendQuery(g, from.getValue(), to.getValue(), districts.getValue(), Set.of(), null);
		List<TrendPoint> points = trends.series(query);
		List<String> shown = new ArrayList<>(topics.getValue().isEmpty() ? List.of() : topicCodes().stream()
			.filter(topics.getValue()::contains)
			.toList());
		current = TrendTable.of(points, g, shown, percent.getValue(), movingAverage.getValue());
		chart.setOption(ChartOptions.timeChart(chartModel(g, query)));
		fillTable();
		notes.setText(notesText(g));
	}

	private ChartOptions.TimeChart chartModel(Granularity g, TrendQuery query) {
		Locale locale = getLocale();
		List<ChartOptions.Series> series = new ArrayList<>();
		for (String t : current.topics()) {
			series.add(new ChartOptions.Series(names.topic(t, locale, this::getTranslation), current.values(t), false));
		}
		series.addAll(comparison(g, query, locale));
		List<ChartOptions.Marker> markers = modelMarkers(g);
		String incomplete = TrendTable.label(g.periodStart(LocalDate.now()), g);
		return new ChartOptions.TimeChart(getTranslation("trends.chart.title"), current.labels(), series,
				percent.getValue(), stacked.getValue(), markers, incomplete, getTranslation("trends.incomplete"),
				current.uncertainty(), getTranslation("trends.uncertainty"));
	}

	private List<ChartOptions.Series> comparison(Granularity g, TrendQuery query, Locale locale) {
		if (compare.getValue() == Compare.NONE || current.rows().isEmpty()) {
			return List.of();
		}
		LocalDate shiftedFrom;
		LocalDate shiftedTo;
		if (compare.getValue() == Compare.LAST_YEAR) {
			shiftedFrom = query.from().minusYears(1);
			shiftedTo = query.to().minusYears(1);
		}
		else {
			long days = query.to().toEpochDay() - query.from().toEpochDay() + 1;
			shiftedFrom = query.from().minusDays(days);
			shiftedTo = query.from().minusDays(1);
		}
		TrendTable before = TrendTable.of(trends.series(new TrendQuery(g, shiftedFrom, shiftedTo, query.districts(),
				Set.of(), null)), g, current.topics(), percent.getValue(), movingAverage.getValue());
		String suffix = getTranslation("trends.compare.suffix." + compare.getValue().name().toLowerCase(Locale.ROOT));
		List<ChartOptions.Series> result = new ArrayList<>();
		for (String t : current.topics()) {
			List<Double> values = new ArrayList<>(before.values(t));
			while (values.size() < current.rows().size()) {
				values.add(0, null);
			}
			result.add(new ChartOptions.Series(names.topic(t, locale, this::getTranslation) + suffix,
					values.subList(values.size() - current.rows().size(), values.size()), true));
		}
		return result;
	}

	private List<ChartOptions.Marker> modelMarkers(Granularity g) {
		ZoneId zone = ZoneId.systemDefault();
		List<ChartOptions.Marker> markers = new ArrayList<>();
		for (ModelChange change : trends.modelChanges(from.getValue().atStartOfDay(zone).toInstant(),
				to.getValue().plusDays(1).atStartOfDay(zone).toInstant())) {
			String label = TrendTable.label(g.periodStart(change.promotedAt().atZone(zone).toLocalDate()), g);
			markers.add(new ChartOptions.Marker(label, getTranslation("trends.modelChange", change.version())));
		}
		return markers;
	}

	private String notesText(Granularity g) {
		var undated = trends.undatedSummary(null);
		String text = getTranslation("trends.notes", undated.monthOnly(), undated.yearOnly(), undated.undated(),
				undated.unknownDistrict());
		if (g == Granularity.DAY || g == Granularity.WEEK) {
			text += " " + getTranslation("trends.notes.dayOnly");
		}
		return text;
	}

	private void fillTable() {
		Locale locale = getLocale();
		table.removeAllColumns();
		table.addColumn(TrendTable.Row::label).setHeader(getTranslation("table.period")).setFrozen(true).setAutoWidth(true);
		for (String t : current.topics()) {
			table.addColumn(r -> format(r.values().get(t))).setHeader(names.topic(t, locale, this::getTranslation))
				.setAutoWidth(true);
		}
		table.addColumn(TrendTable.Row::total).setHeader(getTranslation("table.total")).setAutoWidth(true);
		table.addColumn(r -> format(r.uncertaintyPercent()) + "%").setHeader(getTranslation("trends.uncertainty"))
			.setAutoWidth(true);
		table.setItems(current.rows());
		tableBar.removeAll();
		List<String> header = new ArrayList<>(List.of(getTranslation("table.period")));
		current.topics().forEach(t -> header.add(names.topic(t, locale, this::getTranslation)));
		header.add(getTranslation("table.total"));
		header.add(getTranslation("trends.uncertainty"));
		TrendTable snapshot = current;
		tableBar.add(CsvDownload.link(getTranslation("export.csv"), "trends.csv", header, printer -> {
			for (TrendTable.Row r : snapshot.rows()) {
				List<Object> cells = new ArrayList<>(List.of(r.label()));
				snapshot.topics().forEach(t -> cells.add(format(r.values().get(t))));
				cells.add(r.total());
				cells.add(format(r.uncertaintyPercent()));
				printer.printRecord(cells);
			}
		}));
	}

	private String topicOfSeries(String seriesName) {
		Locale locale = getLocale();
		return current.topics()
			.stream()
			.filter(t -> names.topic(t, locale, this::getTranslation).equals(seriesName))
			.findFirst()
			.orElse(null);
	}

	static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.trends") + " · " + getTranslation("app.title");
	}

}
