package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.lcnews.trends.classify.EvaluationReport;
import com.lcnews.trends.classify.ModelMetadata;

/** Two model versions side by side: headline metrics and F1 per topic, with the difference. */
class ModelComparePanel extends VerticalLayout {

	/** One line of the comparison: a metric or a topic's F1 in both models. */
	record Line(String label, double first, double second) {

		double difference() {
			return second - first;
		}

	}

	final ComboBox<ModelMetadata> first = new ComboBox<>();

	final ComboBox<ModelMetadata> second = new ComboBox<>();

	final Grid<Line> table = new Grid<>();

	private final Names names;

	ModelComparePanel(Names names) {
		this.names = names;
		setPadding(false);
		first.setLabel(getTranslation("compare.first"));
		second.setLabel(getTranslation("compare.second"));
		first.setItemLabelGenerator(ModelMetadata::version);
		second.setItemLabelGenerator(ModelMetadata::version);
		first.addValueChangeListener(e -> refresh());
		second.addValueChangeListener(e -> refresh());
		table.addColumn(Line::label).setHeader(getTranslation("compare.measure")).setAutoWidth(true);
		table.addColumn(l -> ModelReportPanel.pct(l.first())).setHeader(getTranslation("compare.first"));
		table.addColumn(l -> ModelReportPanel.pct(l.second())).setHeader(getTranslation("compare.second"));
		table.addColumn(l -> Formats.points(100 * l.difference())).setHeader(getTranslation("compare.difference"));
		table.setAllRowsVisible(true);
		table.setId("model-compare");
		HorizontalLayout bar = new HorizontalLayout(first, second);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new Paragraph(getTranslation("compare.explain")), bar, table);
	}

	/** Offers the models; by default A is the promoted model and B the newest candidate. */
	void setModels(List<ModelMetadata> models, String promoted, String candidate) {
		first.setItems(models);
		second.setItems(models);
		models.stream().filter(m -> m.version().equals(promoted)).findFirst().ifPresent(first::setValue);
		models.stream().filter(m -> m.version().equals(candidate)).findFirst().ifPresent(second::setValue);
		if (first.getValue() == null && models.size() >= 2) {
			first.setValue(models.get(1));
			second.setValue(models.get(0));
		}
	}

	private void refresh() {
		if (first.getValue() != null && second.getValue() != null) {
			table.setItems(lines(first.getValue().evaluation(), second.getValue().evaluation()));
		}
	}

	List<Line> lines(EvaluationReport a, EvaluationReport b) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(getTranslation("models.accuracy"), a.accuracy(), b.accuracy()));
		lines.add(new Line(getTranslation("models.macroF1"), a.macroF1(), b.macroF1()));
		Map<String, double[]> f1 = new LinkedHashMap<>();
		a.perTopic().forEach(t -> f1.computeIfAbsent(t.topic(), k -> new double[2])[0] = t.f1());
		b.perTopic().forEach(t -> f1.computeIfAbsent(t.topic(), k -> new double[2])[1] = t.f1());
		f1.forEach((topic, v) -> lines.add(new Line("F1 · " + names.topic(topic, getLocale(), this::getTranslation), v[0], v[1])));
		return lines;
	}

}
