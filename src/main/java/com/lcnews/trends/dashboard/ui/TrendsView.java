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
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.dashboard.ui.chart.ChartOptions;
import com.lcnews.trends.dashboard.ui.chart.EChart;
import com.lcnews.trends.modelops.ModelOpsService;
import com.lcnews.trends.quantify.PrevalenceEstimator;
import com.lcnews.trends.quantify.PrevalenceMethod;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.EmptyState;
import com.lcnews.trends.shared.ui.MainLayout;
import com.lcnews.trends.trend.DataRange;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.ModelChange;
import com.lcnews.trends.trend.TopicShareCorrection;
import com.lcnews.trends.trend.TrendPoint;
import com.lcnews.trends.trend.TrendQuery;
import com.lcnews.trends.trend.TrendService;

/**
 * Topic frequency over time, for administrators (and every signed-in role): raw counts or shares, or estimates
 * corrected for the model's cross-validated errors with their intervals; below, the rising topics.
 */
@Route(value = "trends", layout = MainLayout.class)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST })
public class TrendsView extends VerticalLayout implements HasDynamicTitle {

	/** What the dashed comparison lines show. */
	enum Compare {

		NONE, PREVIOUS, LAST_YEAR

	}

	/** Whether the chart shows raw counts or estimates corrected for the model's errors. */
	enum Estimate {

		RAW, CORRECTED

	}

	/** With at most this many topics shown, corrected lines get their interval bands and the raw lines beside them. */
	static final int MAX_BANDED_TOPICS = 4;

	/** Posterior draws a corrected chart may use in all (36 monthly periods at 200 draws each). */
	static final int DRAW_BUDGET = 7_200;

	/** The fewest posterior draws per period. */
	static final int MIN_DRAWS = 40;

	final Select<Granularity> granularity = new Select<>();

	final RadioButtonGroup<Boolean> percent = new RadioButtonGroup<>();

	final Select<Estimate> estimate = new Select<>();

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

	/** Says in words what the chart shows: raw counts or corrected estimates (the chart's subtitle says it short). */
	final Paragraph caption = new Paragraph();

	final DrillDownPanel drillDown;

	final RisingPanel rising;

	final FilterPanel filters;

	private final TrendService trends;

	private final ModelOpsService models;

	private final Names names;

	private final FlexLayout tableBar = new FlexLayout();

	private TrendTable current;

	public TrendsView(TrendService trends, ModelOpsService models, Names names, ArticleDialogFactory dialogs) {
		this.trends = trends;
		this.models = models;
		this.names = names;
		this.drillDown = new DrillDownPanel(trends, names, dialogs, this::refresh);
		this.rising = new RisingPanel(trends, names);
		this.filters = new FilterPanel(granularity, percent, estimate, topics, districts, from, to, movingAverage, compare,
				stacked);
		setWidthFull();
		Optional<DataRange> range = trends.dataRange(null);
		if (range.isEmpty()) {
			add(new EmptyState(getTranslation("trends.empty.title"), getTranslation("trends.empty.text"),
					getTranslation("trends.empty.command")));
			return;
		}
		new TrendFilters(this, names).configure(range.get(), correction().isPresent());
		chart.setId("trend-chart");
		drillDown.grid.setId("drill-down-grid");
		chart.addClickListener(e -> drillDown.show(current, e.getDataIndex(), e.getSeriesName(), granularity.getValue(),
				districts.getValue(), this::topicOfSeries));
		notes.addClassName("chart-notes");
		table.setId("trend-table");
		table.setAllRowsVisible(true);
		caption.setId("trend-caption");
		caption.addClassName("chart-caption");
		add(filters, caption, chart, notes, drillDown, rising, tableBar, table);
		refresh();
	}

	/**
	 * The correction for the promoted model, if its report has a cross-validated confusion. Long series get fewer
	 * posterior draws per period (at least {@value #MIN_DRAWS}), so that a chart costs at most about
	 * {@value #DRAW_BUDGET} solves.
	 */
	Optional<TopicShareCorrection> correction() {
		long periods = Math.max(1, periods());
		int draws = (int) Math.max(MIN_DRAWS, Math.min(PrevalenceEstimator.STANDARD_DRAWS, DRAW_BUDGET / periods));
		return trends.promotedVersion().flatMap(models::confusion)
			.map(c -> new TopicShareCorrection(draws == PrevalenceEstimator.STANDARD_DRAWS ? PrevalenceEstimator.standard(c)
					: new PrevalenceEstimator(c, PrevalenceMethod.MAXIMUM_LIKELIHOOD, draws,
							PrevalenceEstimator.STANDARD_LEVEL, 42)));
	}

	private long periods() {
		if (from.getValue() == null || to.getValue() == null || granularity.getValue() == null) {
			return 1;
		}
		long n = 0;
		for (LocalDate p = granularity.getValue().periodStart(from.getValue()); !p.isAfter(to.getValue());
				p = granularity.getValue().next(p)) {
			n++;
		}
		return n;
	}

	List<String> topicCodes() {
		List<String> codes = new ArrayList<>(names.topics().all().stream().map(e -> e.topic().code()).toList());
		codes.add(Names.UNCLASSIFIED);
		return codes;
	}

	List<String> districtCodes() {
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
		current = table(query, shownTopics());
		chart.setOption(ChartOptions.timeChart(chartModel(g, query)));
		TrendTableView.fill(table, tableBar, current, names, this, getLocale(), percent.getValue());
		notes.setText(notesText(g));
		filters.summarise(TrendFilters.summary(this, names));
		rising.show(to.getValue());
	}

	private List<String> shownTopics() {
		return topics.getValue().isEmpty() ? List.of()
				: topicCodes().stream().filter(topics.getValue()::contains).toList();
	}

	private TrendTable table(TrendQuery query, List<String> shown) {
		Locale locale = getLocale();
		List<TrendPoint> raw = trends.series(query);
		Optional<TopicShareCorrection> correction = estimate.getValue() == Estimate.CORRECTED ? correction()
				: Optional.empty();
		if (correction.isEmpty()) {
			return TrendTable.of(raw, query.granularity(), shown, percent.getValue(), movingAverage.getValue(), locale);
		}
		return TrendTable.corrected(trends.correctedSeries(query, correction.get()), raw, query.granularity(), shown,
				percent.getValue(), movingAverage.getValue(), locale);
	}

	private ChartOptions.TimeChart chartModel(Granularity g, TrendQuery query) {
		List<ChartOptions.Series> series = new ArrayList<>();
		boolean bands = current.corrected() && !stacked.getValue() && current.topics().size() <= MAX_BANDED_TOPICS;
		for (int i = 0; i < current.topics().size(); i++) {
			String t = current.topics().get(i);
			series.add(bands ? new ChartOptions.Series(topicName(t), current.values(t), false, current.lower(t),
					current.upper(t), i) : new ChartOptions.Series(topicName(t), current.values(t), false, null, null, i));
			if (bands) {
				series.add(new ChartOptions.Series(topicName(t) + getTranslation("trends.rawSuffix"), current.raw(t), true,
						null, null, i));
			}
		}
		series.addAll(comparison(g, query));
		String incomplete = Formats.period(g.periodStart(LocalDate.now()), g, getLocale());
		caption.setText(current.corrected() ? getTranslation(bands ? "trends.shows.corrected" : "trends.shows.correctedNoBands",
				MAX_BANDED_TOPICS) : getTranslation("trends.shows.raw"));
		String subtitle = getTranslation(current.corrected() ? (bands ? "trends.subtitle.correctedBands"
				: "trends.subtitle.corrected") : "trends.subtitle.raw");
		return new ChartOptions.TimeChart(getTranslation("trends.chart.title"), current.labels(), series,
				percent.getValue(), stacked.getValue(), modelMarkers(g), incomplete, getTranslation("trends.incomplete"),
				current.uncertainty(), getTranslation("trends.uncertainty"), subtitle);
	}

	private List<ChartOptions.Series> comparison(Granularity g, TrendQuery query) {
		if (compare.getValue() == Compare.NONE || current.rows().isEmpty()) {
			return List.of();
		}
		boolean lastYear = compare.getValue() == Compare.LAST_YEAR;
		long days = query.to().toEpochDay() - query.from().toEpochDay() + 1;
		LocalDate shiftedFrom = lastYear ? query.from().minusYears(1) : query.from().minusDays(days);
		LocalDate shiftedTo = lastYear ? query.to().minusYears(1) : query.from().minusDays(1);
		TrendTable before = table(new TrendQuery(g, shiftedFrom, shiftedTo, query.districts(), Set.of(), null),
				current.topics());
		String suffix = getTranslation("trends.compare.suffix." + compare.getValue().name().toLowerCase(Locale.ROOT));
		List<ChartOptions.Series> result = new ArrayList<>();
		for (int i = 0; i < current.topics().size(); i++) {
			String t = current.topics().get(i);
			List<Double> values = new ArrayList<>(before.values(t));
			while (values.size() < current.rows().size()) {
				values.add(0, null);
			}
			result.add(new ChartOptions.Series(topicName(t) + suffix,
					values.subList(values.size() - current.rows().size(), values.size()), true, null, null, i));
		}
		return result;
	}

	private List<ChartOptions.Marker> modelMarkers(Granularity g) {
		ZoneId zone = ZoneId.systemDefault();
		List<ChartOptions.Marker> markers = new ArrayList<>();
		for (ModelChange change : trends.modelChanges(from.getValue().atStartOfDay(zone).toInstant(),
				to.getValue().plusDays(1).atStartOfDay(zone).toInstant())) {
			String label = Formats.period(g.periodStart(change.promotedAt().atZone(zone).toLocalDate()), g, getLocale());
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
		if (estimate.getValue() == Estimate.CORRECTED) {
			text += " " + getTranslation("trends.notes.corrected");
		}
		return text;
	}

	Locale locale() {
		return getLocale();
	}

	String topicName(String code) {
		return names.topic(code, getLocale(), this::getTranslation);
	}

	private String topicOfSeries(String seriesName) {
		return current.topics().stream().filter(t -> topicName(t).equals(seriesName)).findFirst().orElse(null);
	}

	/** A number with at most one decimal (kept for callers of the old name). */
	static String format(double value) {
		return Formats.number(value);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.trends") + " · " + getTranslation("app.title");
	}

}
