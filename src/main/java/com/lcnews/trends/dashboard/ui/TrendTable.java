package com.lcnews.trends.dashboard.ui;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.TrendPoint;

/**
 * Turns trend points into what the chart and the table show: one row per period, one value per topic (share in
 * percent or count, optionally a trailing moving average), and the low-confidence share per period. Pure logic.
 */
final class TrendTable {

	/** One period of the table. */
	record Row(LocalDate period, String label, long total, long lowConfidence, Map<String, Double> values) {

		double uncertaintyPercent() {
			return total == 0 ? 0 : 100.0 * lowConfidence / total;
		}

	}

	private final List<Row> rows;

	private final List<String> topics;

	private TrendTable(List<Row> rows, List<String> topics) {
		this.rows = rows;
		this.topics = topics;
	}

	/**
	 * @param points all topics' points of the range (from {@code TrendService.series})
	 * @param topics the topics to show, in order (empty: every topic that occurs)
	 * @param percent share of the period's articles in percent, else counts
	 * @param window moving-average window in periods (1: none)
	 */
	static TrendTable of(List<TrendPoint> points, Granularity g, List<String> topics, boolean percent, int window) {
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
				long count = p == null ? 0 : p.count();
				values.put(t, percent ? (total == 0 ? 0.0 : 100.0 * count / total) : (double) count);
			}
			rows.add(new Row(e.getKey(), label(e.getKey(), g), total, low, values));
		}
		return new TrendTable(window > 1 ? smooth(rows, shown, window) : rows, shown);
	}

	private static List<Row> smooth(List<Row> rows, List<String> topics, int window) {
		List<Row> result = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Double> values = new LinkedHashMap<>();
			int from = Math.max(0, i - window + 1);
			for (String t : topics) {
				double sum = 0;
				for (int j = from; j <= i; j++) {
					sum += rows.get(j).values().get(t);
				}
				values.put(t, sum / (i - from + 1));
			}
			Row r = rows.get(i);
			result.add(new Row(r.period(), r.label(), r.total(), r.lowConfidence(), values));
		}
		return result;
	}

	/** A period's label: 2021-06-10, 2021-W23, 2021-06, 2021-Q2, 2021. */
	static String label(LocalDate period, Granularity g) {
		return switch (g) {
			case DAY -> period.toString();
			case WEEK -> period.get(IsoFields.WEEK_BASED_YEAR) + "-W"
					+ String.format("%02d", period.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> period.toString().substring(0, 7);
			case QUARTER -> period.getYear() + "-Q" + ((period.getMonthValue() - 1) / 3 + 1);
			case YEAR -> String.valueOf(period.getYear());
		};
	}

	List<Row> rows() {
		return rows;
	}

	List<String> topics() {
		return topics;
	}

	List<String> labels() {
		return rows.stream().map(Row::label).toList();
	}

	List<Double> values(String topic) {
		return rows.stream().map(r -> r.values().get(topic)).toList();
	}

	List<Double> uncertainty() {
		return rows.stream().map(Row::uncertaintyPercent).toList();
	}

}
