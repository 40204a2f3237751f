package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.lcnews.trends.classify.EvaluationReport;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.dashboard.ui.chart.ChartOptions;
import com.lcnews.trends.dashboard.ui.chart.EChart;

/** One model's evaluation report: headline metrics, per-topic F1, confusion matrix, learning curve, candidates. */
class ModelReportPanel extends VerticalLayout {

	final Paragraph summary = new Paragraph();

	final EChart perTopic = new EChart();

	final Grid<Integer> confusion = new Grid<>();

	final H4 confusionTitle = new H4();

	final EChart learningCurve = new EChart();

	final Grid<EvaluationReport.Candidate> candidates = new Grid<>();

	private final Names names;

	ModelReportPanel(Names names) {
		this.names = names;
		setPadding(false);
		perTopic.setHeight("360px");
		learningCurve.setHeight("300px");
		confusion.setAllRowsVisible(true);
		confusion.setId("confusion-matrix");
		candidates.setAllRowsVisible(true);
		candidates.addColumn(c -> Recipes.recipe(c.segmenter(), c.learner(), this::getTranslation))
			.setHeader(getTranslation("models.recipe")).setAutoWidth(true);
		candidates.addColumn(c -> pct(c.accuracy()) + " ± " + pct(c.accuracySd())).setHeader(getTranslation("models.accuracy"));
		candidates.addColumn(c -> pct(c.macroF1()) + " ± " + pct(c.macroF1Sd())).setHeader(getTranslation("models.macroF1"));
		candidates.addColumn(c -> String.format("%.3f", c.pValue())).setHeader("p");
		candidates.addColumn(c -> getTranslation("models.verdict." + c.verdict())).setHeader(getTranslation("models.verdict"));
		add(summary, new H4(getTranslation("models.perTopic")), perTopic, confusionTitle, confusion,
				new H4(getTranslation("models.learningCurve")), learningCurve, new H4(getTranslation("models.candidates")),
				candidates);
	}

	void show(ModelMetadata model) {
		EvaluationReport r = model.evaluation();
		EvaluationReport.Calibration c = r.calibration();
		boolean zeroShot = model.trainingData() != null && model.trainingData().size() == 0 && r.folds() == 0;
		summary.setText(zeroShot && r.size() == 0
				? getTranslation("models.summaryZeroShotUnscored", model.version(),
						Recipes.describe(model, this::getTranslation))
				: zeroShot
				? getTranslation("models.summaryZeroShot", model.version(), r.size(), pct(r.accuracy()), pct(r.macroF1()),
						Recipes.describe(model, this::getTranslation))
				: getTranslation("models.summary", model.version(), r.size(), r.folds(), r.repeats(), pct(r.accuracy()),
						pct(r.macroF1()), c == null ? "—" : pct(c.abstainThreshold()), c == null ? "—" : pct(c.coverage()),
						Recipes.describe(model, this::getTranslation)));
		confusionTitle.setText(r.folds() > 0 ? getTranslation("models.confusion.cv", r.repeats(), r.folds())
				: getTranslation("models.confusion.heldOut"));
		List<String> topics = r.perTopic().stream().map(t -> topicName(t.topic())).toList();
		perTopic.setOption(ChartOptions.bars(getTranslation("models.perTopic"), topics,
				r.perTopic().stream().map(t -> Math.round(t.f1() * 1000) / 10.0).toList(), "F1 %"));
		fillConfusion(r);
		Map<String, List<Double>> lines = new LinkedHashMap<>();
		lines.put(getTranslation("models.macroF1"), r.learningCurve().stream().map(p -> 100 * p.macroF1()).toList());
		lines.put(getTranslation("models.accuracy"), r.learningCurve().stream().map(p -> 100 * p.accuracy()).toList());
		learningCurve.setOption(ChartOptions.lines(getTranslation("models.learningCurve"),
				r.learningCurve().stream().map(p -> String.valueOf(p.trainingSize())).toList(), lines, true));
		candidates.setItems(r.candidates());
	}

	private void fillConfusion(EvaluationReport r) {
		confusion.removeAllColumns();
		confusion.addColumn(i -> topicName(r.labels().get(i))).setHeader(getTranslation("models.actualPredicted"))
			.setFrozen(true).setAutoWidth(true);
		for (int c = 0; c < r.labels().size(); c++) {
			int col = c;
			confusion.addColumn(i -> r.confusion()[i][col] == 0 ? "·" : String.valueOf(r.confusion()[i][col]))
				.setHeader(topicName(r.labels().get(c))).setAutoWidth(true);
		}
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < r.labels().size(); i++) {
			rows.add(i);
		}
		confusion.setItems(rows);
	}

	private String topicName(String code) {
		return names.topic(code, getLocale(), this::getTranslation);
	}

	static String pct(double v) {
		return Double.isNaN(v) ? "—" : String.format("%.1f%%", 100 * v);
	}

}
