package com.lcnews.trends.dashboard.ui.chart;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Pure builders from chart records to Apache ECharts option JSON. No Vaadin, no services: unit-tested on their own.
 * Text from data (topic, district and series names, periods, marker labels) goes only into data fields, which ECharts
 * draws on the canvas or escapes in its default tooltips; {@code formatter} values are fixed templates of this class,
 * never data, and tooltips keep ECharts' default (escaping) formatter.
 */
public final class ChartOptions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ChartOptions() {
	}

	/** Colours of the series, in order (ECharts' default palette), so a line and its band share one colour. */
	static final List<String> PALETTE = List.of("#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de", "#3ba272",
			"#fc8452", "#9a60b4", "#ea7ccc");

	/**
	 * One line (or stacked area) of a time chart.
	 *
	 * @param lower lower ends of an interval band around the line, or null
	 * @param upper upper ends of the band, or null
	 * @param color index into the palette, or -1 for the next colour
	 */
	public record Series(String name, List<Double> values, boolean dashed, List<Double> lower, List<Double> upper,
			int color) {

		public Series(String name, List<Double> values, boolean dashed) {
			this(name, values, dashed, null, null, -1);
		}

		boolean banded() {
			return lower != null && upper != null;
		}

	}

	/** A vertical marker on a category, e.g. a model promotion. */
	public record Marker(String category, String label) {
	}

	/**
	 * Settings of a time chart.
	 *
	 * @param percent values are shares in percent (else counts)
	 * @param stacked stacked areas instead of lines
	 * @param incompleteFrom the first category of the incomplete current period, or null
	 * @param incompleteLabel the label of the incomplete-period band
	 * @param uncertainty share (percent) of low-confidence articles per category on a second axis, or null
	 * @param uncertaintyLabel its legend name
	 */
	public record TimeChart(String title, List<String> categories, List<Series> series, boolean percent, boolean stacked,
			List<Marker> markers, String incompleteFrom, String incompleteLabel, List<Double> uncertainty,
			String uncertaintyLabel, String subtitle) {

		public TimeChart(String title, List<String> categories, List<Series> series, boolean percent, boolean stacked,
				List<Marker> markers, String incompleteFrom, String incompleteLabel, List<Double> uncertainty,
				String uncertaintyLabel) {
			this(title, categories, series, percent, stacked, markers, incompleteFrom, incompleteLabel, uncertainty,
					uncertaintyLabel, null);
		}

	}

	/** A time chart: lines or stacked areas with zoom, markers, the incomplete period and uncertainty bars. */
	public static String timeChart(TimeChart chart) {
		ObjectNode root = base(chart.title());
		boolean sub = chart.subtitle() != null;
		if (sub) {
			((ObjectNode) root.get("title")).put("subtext", chart.subtitle());
		}
		root.putObject("tooltip").put("trigger", "axis");
		// the legend sits on its own line under the title (and subtitle), clear of the download button on the right
		ObjectNode legend = root.putObject("legend").put("type", "scroll").put("top", sub ? 58 : 36).put("left", 8)
			.put("right", 48);
		root.putObject("grid").put("left", 48).put("right", chart.uncertainty() == null ? 24 : 56)
			.put("top", sub ? 98 : 78).put("bottom", 72);
		ObjectNode x = root.putObject("xAxis").put("type", "category").put("boundaryGap", false);
		chart.categories().forEach(x.putArray("data")::add);
		ArrayNode yAxes = root.putArray("yAxis");
		ObjectNode y = yAxes.addObject().put("type", "value");
		if (chart.percent()) {
			y.putObject("axisLabel").put("formatter", "{value}%");
		}
		ArrayNode series = root.putArray("series");
		ArrayNode names = legend.putArray("data");
		int next = 0;
		java.util.Set<String> legendNames = new java.util.HashSet<>();
		for (Series s : chart.series()) {
			if (legendNames.add(s.name())) {
				names.add(s.name());
			}
			String color = PALETTE.get(Math.floorMod(s.color() >= 0 ? s.color() : next++, PALETTE.size()));
			ObjectNode node = lineSeries(series, s);
			node.putObject("itemStyle").put("color", color);
			if (chart.stacked() && !s.dashed()) {
				node.put("stack", "total");
				node.putObject("areaStyle").put("opacity", 0.55);
			}
			else if (s.banded()) {
				band(series, s, color, series.size());
			}
		}
		if (chart.uncertainty() != null) {
			names.add(chart.uncertaintyLabel());
			yAxes.addObject().put("type", "value").put("max", 100).putObject("axisLabel").put("formatter", "{value}%");
			ObjectNode bars = series.addObject().put("name", chart.uncertaintyLabel()).put("type", "bar")
				.put("yAxisIndex", 1).put("barMaxWidth", 18);
			bars.putObject("itemStyle").put("color", "rgba(120,120,120,0.25)");
			chart.uncertainty().forEach(v -> addValue(bars.withArray("data"), v));
		}
		decorate(series, chart);
		ArrayNode zoom = root.putArray("dataZoom");
		zoom.addObject().put("type", "inside");
		zoom.addObject().put("type", "slider").put("height", 22).put("bottom", 16);
		return root.toString();
	}

	/**
	 * An interval band as two stacked helper series under the line's name (so the legend shows and hides them with
	 * it): the lower end, invisible, and the width above it, filled.
	 */
	private static void band(ArrayNode series, Series s, String color, int id) {
		for (int part = 0; part < 2; part++) {
			ObjectNode node = series.addObject().put("name", s.name()).put("type", "line").put("stack", "band" + id)
				.put("symbol", "none").put("silent", true);
			node.putObject("lineStyle").put("opacity", 0);
			node.putObject("tooltip").put("show", false);
			node.putObject("itemStyle").put("color", color);
			if (part == 1) {
				node.putObject("areaStyle").put("color", color).put("opacity", 0.18);
			}
			ArrayNode data = node.putArray("data");
			for (int i = 0; i < s.lower().size(); i++) {
				Double lo = s.lower().get(i);
				Double hi = s.upper().get(i);
				addValue(data, lo == null || hi == null ? null : part == 0 ? lo : hi - lo);
			}
		}
	}

	private static ObjectNode lineSeries(ArrayNode series, Series s) {
		ObjectNode node = series.addObject().put("name", s.name()).put("type", "line").put("symbolSize", 6);
		if (s.dashed()) {
			node.putObject("lineStyle").put("type", "dashed").put("opacity", 0.6).put("width", 1.5);
			node.put("symbolSize", 3);
		}
		s.values().forEach(v -> addValue(node.withArray("data"), v));
		return node;
	}

	private static void addValue(ArrayNode data, Double v) {
		if (v == null) {
			data.addNull();
		}
		else {
			data.add(Math.round(v * 100.0) / 100.0);
		}
	}

	/** Model markers and the incomplete-period band go on the first series, so they show once. */
	private static void decorate(ArrayNode series, TimeChart chart) {
		if (series.isEmpty()) {
			return;
		}
		ObjectNode first = (ObjectNode) series.get(0);
		if (!chart.markers().isEmpty()) {
			ObjectNode markLine = first.putObject("markLine").put("symbol", "none").put("silent", true);
			markLine.putObject("lineStyle").put("color", "#b45309").put("type", "solid");
			ArrayNode data = markLine.putArray("data");
			for (Marker m : chart.markers()) {
				ObjectNode d = data.addObject().put("xAxis", m.category()).put("name", m.label());
				d.putObject("label").put("formatter", "{b}").put("position", "insideEndTop");
			}
		}
		if (chart.incompleteFrom() != null && chart.categories().contains(chart.incompleteFrom())) {
			ObjectNode markArea = first.putObject("markArea").put("silent", true);
			markArea.putObject("itemStyle").put("color", "rgba(250, 204, 21, 0.15)");
			ArrayNode pair = markArea.putArray("data").addArray();
			pair.addObject().put("xAxis", chart.incompleteFrom()).put("name", chart.incompleteLabel());
			pair.addObject().put("xAxis", chart.categories().get(chart.categories().size() - 1));
		}
	}

	/**
	 * A heatmap of rows × columns. {@code values[r][c]} may be null (no data). {@code deviation} colours cells by
	 * their difference from a reference in percentage points (diverging palette) instead of by value.
	 */
	public static String heatmap(String title, List<String> rows, List<String> columns, Double[][] values,
			boolean percent, boolean deviation) {
		ObjectNode root = base(title);
		root.putObject("tooltip").put("position", "top");
		root.putObject("grid").put("left", 8).put("right", 96).put("top", 48).put("bottom", 16).put("containLabel", true);
		ObjectNode x = root.putObject("xAxis").put("type", "category");
		columns.forEach(x.putArray("data")::add);
		x.putObject("axisLabel").put("rotate", 35).put("interval", 0);
		ObjectNode y = root.putObject("yAxis").put("type", "category");
		rows.forEach(y.putArray("data")::add);
		double min = 0;
		double max = 0;
		ObjectNode series = root.putArray("series").addObject().put("type", "heatmap").put("name", title);
		ArrayNode data = series.putArray("data");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				Double v = values[r][c];
				if (v != null) {
					double rounded = Math.round(v * 10.0) / 10.0;
					data.addArray().add(c).add(r).add(rounded);
					min = Math.min(min, rounded);
					max = Math.max(max, rounded);
				}
			}
		}
		series.putObject("label").put("show", true).put("formatter", percent ? "{@[2]}%" : "{@[2]}");
		ObjectNode visual = root.putObject("visualMap").put("calculable", true).put("orient", "vertical")
			.put("right", 8).put("top", "middle");
		if (deviation) {
			double bound = Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
			visual.put("min", -bound).put("max", bound);
			ArrayNode colors = visual.putObject("inRange").putArray("color");
			List.of("#2166ac", "#f7f7f7", "#b2182b").forEach(colors::add);
		}
		else {
			visual.put("min", 0).put("max", Math.max(1, max));
			ArrayNode colors = visual.putObject("inRange").putArray("color");
			List.of("#f7fbff", "#6baed6", "#08306b").forEach(colors::add);
		}
		return root.toString();
	}

	/** Small multiples are drawn as one line chart per district; this builds the lines of one district. */
	public static String lines(String title, List<String> categories, Map<String, List<Double>> lines, boolean percent) {
		List<Series> series = lines.entrySet().stream().map(e -> new Series(e.getKey(), e.getValue(), false)).toList();
		return timeChart(new TimeChart(title, categories, series, percent, false, List.of(), null, null, null, null));
	}

	/** A horizontal bar chart, e.g. cross-validated F1 per topic. */
	public static String bars(String title, List<String> categories, List<Double> values, String valueName) {
		ObjectNode root = base(title);
		root.putObject("tooltip").put("trigger", "axis");
		root.putObject("grid").put("left", 110).put("right", 32).put("top", 40).put("bottom", 24);
		root.putObject("xAxis").put("type", "value");
		ObjectNode y = root.putObject("yAxis").put("type", "category");
		categories.forEach(y.putArray("data")::add);
		ObjectNode s = root.putArray("series").addObject().put("type", "bar").put("name", valueName);
		values.forEach(v -> addValue(s.withArray("data"), v));
		s.putObject("label").put("show", true).put("position", "right");
		return root.toString();
	}

	private static ObjectNode base(String title) {
		ObjectNode root = JSON.createObjectNode();
		root.putObject("title").put("text", title).put("left", 8).putObject("textStyle").put("fontSize", 14);
		ObjectNode toolbox = root.putObject("toolbox").put("right", 16);
		toolbox.putObject("feature").putObject("saveAsImage").put("pixelRatio", 2).put("title", "PNG");
		root.put("animation", false);
		return root;
	}

}
