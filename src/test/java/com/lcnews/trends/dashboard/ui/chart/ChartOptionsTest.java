package com.lcnews.trends.dashboard.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ChartOptionsTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void timeChartCarriesSeriesMarkersIncompleteBandAndUncertainty() throws Exception {
		String option = ChartOptions.timeChart(new ChartOptions.TimeChart("话题", List.of("2021-06", "2021-07", "2021-08"),
				List.of(new ChartOptions.Series("教育", List.of(30.0, 25.0, 12.345), false),
						new ChartOptions.Series("教育（去年同期）", Arrays.asList(null, 10.0, 11.0), true)),
				true, true, List.of(new ChartOptions.Marker("2021-07", "模型 v2")), "2021-08", "未完结", List.of(5.0, 0.0, 1.0),
				"低置信度"));
		JsonNode root = json.readTree(option);
		assertThat(root.at("/xAxis/data").toString()).isEqualTo("[\"2021-06\",\"2021-07\",\"2021-08\"]");
		assertThat(root.at("/series/0/data").toString()).isEqualTo("[30.0,25.0,12.35]");
		assertThat(root.at("/series/0/stack").asText()).isEqualTo("total");
		assertThat(root.at("/series/1/lineStyle/type").asText()).isEqualTo("dashed");
		assertThat(root.at("/series/1/stack").isMissingNode()).isTrue();
		assertThat(root.at("/series/1/data/0").isNull()).isTrue();
		assertThat(root.at("/series/0/markLine/data/0/xAxis").asText()).isEqualTo("2021-07");
		assertThat(root.at("/series/0/markArea/data/0/0/xAxis").asText()).isEqualTo("2021-08");
		assertThat(root.at("/series/2/type").asText()).isEqualTo("bar");
		assertThat(root.at("/series/2/yAxisIndex").asInt()).isEqualTo(1);
		assertThat(root.at("/yAxis/0/axisLabel/formatter").asText()).isEqualTo("{value}%");
		assertThat(root.at("/toolbox/feature/saveAsImage").isObject()).isTrue();
	}

	@Test
	void incompleteBandOnlyWhenThePeriodIsShown() throws Exception {
		String option = ChartOptions.timeChart(new ChartOptions.TimeChart("t", List.of("2021"),
				List.of(new ChartOptions.Series("a", List.of(1.0), false)), false, false, List.of(), "2026", "x", null, null));
		JsonNode root = json.readTree(option);
		assertThat(root.at("/series/0/markArea").isMissingNode()).isTrue();
		assertThat(root.at("/yAxis/1").isMissingNode()).isTrue();
	}

	@Test
	void heatmapSkipsEmptyCellsAndUsesADivergingScaleForDeviations() throws Exception {
		Double[][] values = { { 1.0, null }, { -12.0, 3.0 } };
		JsonNode root = json.readTree(ChartOptions.heatmap("h", List.of("r1", "r2"), List.of("c1", "c2"), values, true, true));
		assertThat(root.at("/series/0/data")).hasSize(3);
		assertThat(root.at("/series/0/data/1").toString()).isEqualTo("[0,1,-12.0]");
		assertThat(root.at("/visualMap/min").asDouble()).isEqualTo(-12.0);
		assertThat(root.at("/visualMap/max").asDouble()).isEqualTo(12.0);
	}

	@Test
	void textFromDataNeverBecomesAFormatterTemplateAndTooltipsKeepTheEscapingDefault() throws Exception {
		String hostile = "<img src=x onerror=alert(1)>{b}{a|x}";
		List<String> options = List.of(
				ChartOptions.timeChart(new ChartOptions.TimeChart(hostile, List.of(hostile, "2021-07"),
						List.of(new ChartOptions.Series(hostile, List.of(1.0, 2.0), false)), true, false,
						List.of(new ChartOptions.Marker(hostile, hostile)), hostile, hostile, List.of(1.0, 2.0), hostile)),
				ChartOptions.heatmap(hostile, List.of(hostile), List.of(hostile), new Double[][] { { 1.0 } }, true, false),
				ChartOptions.heatmap(hostile, List.of(hostile), List.of(hostile), new Double[][] { { 1.0 } }, false, true),
				ChartOptions.bars(hostile, List.of(hostile), List.of(0.5), hostile),
				ChartOptions.lines(hostile, List.of(hostile), java.util.Map.of(hostile, List.of(1.0)), false));
		for (String option : options) {
			JsonNode root = json.readTree(option);
			assertThat(root.findValues("formatter")).allSatisfy(
					f -> assertThat(f.asText()).isIn("{value}%", "{b}", "{@[2]}%", "{@[2]}"));
			assertThat(root.at("/tooltip/formatter").isMissingNode()).isTrue();
			assertThat(root.findValues("tooltip")).allSatisfy(t -> assertThat(t.has("formatter")).isFalse());
		}
		JsonNode marker = json.readTree(options.get(0)).at("/series/0/markLine/data/0");
		assertThat(marker.get("name").asText()).as("the label travels as data").isEqualTo(hostile);
	}

}
