package com.lcnews.trends.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.lcnews.trends.trend.CorrectedPoint;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.TrendPoint;

/**
 * Turns trend points into what the chart and the table show: one row per period, one value per topic (share in
 * percent or count, optionally a trailing moving average), and the low-confidence share per period. From corrected
 * points, the values are the estimates, each with its interval and the raw value beside it. Pure logic.
 */
final class TrendTable {

	/**
	 * One period of the table.
	 *
	 * @param values shown value per topic (raw, or the corrected estimate)
	 * @param raw raw value per topic (the same as {@code values} for a raw table)
	 * @param lower lower end of each estimate's interval (empty for a raw table)
	 * @param upper upper end of each estimate's interval (empty for a raw table)
	 */
	record Row(LocalDate period, String label, long total, long lowConfidence, Map<String, Double> values,
			Map<String, Double> raw, Map<String, Double> lower, Map<String, Double> upper) {

		double uncertaintyPercent() {
			return total == 0 ? 0 : 100.0 * lowConfidence / total;
		}

	}

	private final List<Row> rows;

	private final List<String> topics;

	private final boolean corrected;

	private TrendTable(List<Row> rows, List<String> topics, boolean corrected) {
		this.rows = rows;
		this.topics = topics;
		this.corrected = corrected;
	}

	/** {@link #of(List, Granularity, List, boolean, int, Locale)} with English period labels. */
	static TrendTable of(List<TrendPoint> points, Granularity g, List<String> topics, boolean percent, int window) {
		return of(points, g, topics, percent, window, Locale.ENGLISH);
	}

	/**
	 * @param points all topics' points of the range (from {@code TrendService.series})
	 * @param topics the topics to show, in order (empty: every topic that occurs)
	 * @param percent share of the period's articles in percent, else counts
	 * @param window moving-average window in periods (1: none)
	 */
	static TrendTable of(List<TrendPoint> points, Granularity g, List<String> topics, boolean percent, int window,
			Locale locale) {
		Map<LocalDate, Map<String, TrendPoint>> byPeriod = new TreeMap<>();
		List<String> seen = new ArrayList<>();
		for (TrendPoint p : points) {
			byPeriod.computeIfAbsent(p.periodStart(), k -> new LinkedHashMap<>()).put(p.topic(), p);
			if (!seen.contains(p.topic())) {
				seen.add(p.topic());
			}
		}
		List<String> shown = topics.isEmpty() ? seen.stream().sorted().toList() : topics;
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<LocalDate, Map<String, TrendPoint>> e : byPeriod.entrySet()) {
			long total = e.getValue().values().stream().mapToLong(TrendPoint::periodTotal).max().orElse(0);
			long low = e.getValue().values().stream().mapToLong(TrendPoint::lowConfidence).sum();
			Map<String, Double> values = new LinkedHashMap<>();
			for (String t : shown) {
				TrendPoint p = e.getValue().get(t);
				values.put(t, scale(p == null ? 0 : p.count(), total, percent));
			}
			rows.add(new Row(e.getKey(), Formats.period(e.getKey(), g, locale), total, low, values, values, Map.of(),
					Map.of()));
		}
		return new TrendTable(window > 1 ? smooth(rows, shown, window) : rows, shown, false);
	}

	/**
	 * A table of corrected estimates; the low-confidence share comes from the raw points of the same periods.
	 *
	 * @param raw the raw points of the same query (for the low-confidence share)
	 */
	static TrendTable corrected(List<CorrectedPoint> points, List<TrendPoint> raw, Granularity g, List<String> topics,
			boolean percent, int window, Locale locale) {
		Map<LocalDate, Map<String, CorrectedPoint>> byPeriod = new TreeMap<>();
		List<String> seen = new ArrayList<>();
		for (CorrectedPoint p : points) {
			byPeriod.computeIfAbsent(p.periodStart(), k -> new LinkedHashMap<>()).put(p.topic(), p);
			if (!seen.contains(p.topic())) {
				seen.add(p.topic());
			}
		}
		Map<LocalDate, Long> low = new TreeMap<>();
		raw.forEach(p -> low.merge(p.periodStart(), p.lowConfidence(), Long::sum));
		List<String> shown = topics.isEmpty() ? seen.stream().sorted().toList() : topics;
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<LocalDate, Map<String, CorrectedPoint>> e : byPeriod.entrySet()) {
			long total = e.getValue().values().stream().mapToLong(CorrectedPoint::periodTotal).max().orElse(0);
			Map<String, Double> values = new LinkedHashMap<>();
			Map<String, Double> rawValues = new LinkedHashMap<>();
			Map<String, Double> lower = new LinkedHashMap<>();
			Map<String, Double> upper = new LinkedHashMap<>();
			for (String t : shown) {
				CorrectedPoint p = e.getValue().get(t);
				values.put(t, p == null ? 0 : scale(p.estimate(), total, percent));
				rawValues.put(t, p == null ? 0 : scale(p.rawCount(), total, percent));
				lower.put(t, p == null ? 0 : scale(p.lower(), total, percent));
				upper.put(t, p == null ? 0 : scale(p.upper(), total, percent));
			}
			rows.add(new Row(e.getKey(), Formats.period(e.getKey(), g, locale), total, low.getOrDefault(e.getKey(), 0L),
					values, rawValues, lower, upper));
		}
		return new TrendTable(window > 1 ? smooth(rows, shown, window) : rows, shown, true);
	}

	private static double scale(double count, long total, boolean percent) {
		return percent ? (total == 0 ? 0.0 : 100.0 * count / total) : count;
	}

	private static List<Row> smooth(List<Row> rows, List<String> topics, int window) {
		List<Row> result = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			int from = Math.max(0, i - window + 1);
			Row r = rows.get(i);
			result.add(new Row(r.period(), r.label(), r.total(), r.lowConfidence(), mean(rows, from, i, topics, Row::values),
					mean(rows, from, i, topics, Row::raw), mean(rows, from, i, topics, Row::lower),
					mean(rows, from, i, topics, Row::upper)));
		}
		return result;
	}

	private static Map<String, Double> mean(List<Row> rows, int from, int to, List<String> topics,
			java.util.function.Function<Row, Map<String, Double>> part) {
		if (part.apply(rows.get(to)).isEmpty()) {
			return Map.of();
		}
		Map<String, Double> values = new LinkedHashMap<>();
		for (String t : topics) {
			double sum = 0;
			for (int j = from; j <= to; j++) {
				sum += part.apply(rows.get(j)).get(t);
			}
			values.put(t, sum / (to - from + 1));
		}
		return values;
	}

	/** A period's label in English: 2021-06-10, 2021-W23, 2021-06, 2021-Q2, 2021. */
	static String label(LocalDate period, Granularity g) {
		return Formats.period(period, g, Locale.ENGLISH);
	}

	List<Row> rows() {
		return rows;
	}

	List<String> topics() {
		return topics;
	}

	/** Whether the values are corrected estimates (with intervals and raw values beside them). */
	boolean corrected() {
		return corrected;
	}

	List<String> labels() {
		return rows.stream().map(Row::label).toList();
	}

	List<Double> values(String topic) {
		return rows.stream().map(r -> r.values().get(topic)).toList();
	}

	List<Double> raw(String topic) {
		return rows.stream().map(r -> r.raw().get(topic)).toList();
	}

	List<Double> lower(String topic) {
		return rows.stream().map(r -> r.lower().get(topic)).toList();
	}

	List<Double> upper(String topic) {
		return rows.stream().map(r -> r.upper().get(topic)).toList();
	}

	List<Double> uncertainty() {
		return rows.stream().map(Row::uncertaintyPercent).toList();
	}

}
