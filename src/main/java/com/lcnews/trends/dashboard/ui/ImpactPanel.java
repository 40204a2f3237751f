package com.lcnews.trends.dashboard.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import com.lcnews.trends.modelops.ImpactReport;
import com.lcnews.trends.modelops.ModelOpsService;

/** "What did retraining change?": a candidate against the promoted model on the newest articles, before promotion. */
class ImpactPanel extends VerticalLayout {

	final ComboBox<String> candidate = new ComboBox<>();

	final IntegerField sample = new IntegerField();

	final Button run = new Button();

	final Paragraph summary = new Paragraph();

	final Grid<String> byTopic = new Grid<>();

	final Grid<Map.Entry<String, Long>> byDistrict = new Grid<>();

	final Grid<ImpactReport.Change> changed = new Grid<>();

	private final ModelOpsService models;

	private final Names names;

	private final ArticleDialogFactory dialogs;

	private ImpactReport report;

	ImpactPanel(ModelOpsService models, Names names, ArticleDialogFactory dialogs) {
		this.models = models;
		this.names = names;
		this.dialogs = dialogs;
		setPadding(false);
		candidate.setLabel(getTranslation("impact.candidate"));
		candidate.setWidth("24em");
		candidate.getStyle().set("min-width", "min(24em, 100%)");
		candidate.setMaxWidth("100%");
		sample.setLabel(getTranslation("impact.sample"));
		sample.setValue(1000);
		sample.setMin(10);
		sample.setMax(5_000);
		run.setText(getTranslation("impact.run"));
		run.addClickListener(e -> compute());
		byTopic.addColumn(t -> topicName(t)).setHeader(getTranslation("article.topic"));
		byTopic.addColumn(t -> report.currentByTopic().getOrDefault(t, 0L)).setHeader(getTranslation("impact.current"));
		byTopic.addColumn(t -> report.candidateByTopic().getOrDefault(t, 0L)).setHeader(getTranslation("impact.candidateCount"));
		byTopic.addColumn(t -> report.candidateByTopic().getOrDefault(t, 0L) - report.currentByTopic().getOrDefault(t, 0L))
			.setHeader(getTranslation("impact.difference"));
		byTopic.setAllRowsVisible(true);
		byDistrict.addColumn(e -> names.district(e.getKey(), getLocale(), this::getTranslation))
			.setHeader(getTranslation("article.district"));
		byDistrict.addColumn(Map.Entry::getValue).setHeader(getTranslation("impact.changedCount"));
		byDistrict.setAllRowsVisible(true);
		changed.addColumn(ImpactReport.Change::headline).setHeader(getTranslation("article.headline")).setFlexGrow(3);
		changed.addColumn(c -> topicName(c.from())).setHeader(getTranslation("impact.from"));
		changed.addColumn(c -> topicName(c.to())).setHeader(getTranslation("impact.to"));
		changed.addColumn(c -> ModelReportPanel.pct(c.confidence())).setHeader(getTranslation("article.confidence"));
		changed.addItemClickListener(e -> dialogs.open(e.getItem().articleId(), null));
		changed.setAllRowsVisible(true);
		HorizontalLayout bar = new HorizontalLayout(candidate, sample, run);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.setWrap(true);
		// as wide as the panel: left to its content's width, the bar would be as wide as the picker's 24em on a phone
		bar.setWidthFull();
		bar.addClassName("filter-bar");
		add(new Paragraph(getTranslation("impact.explain")), bar, summary, byTopic,
				new H4(getTranslation("impact.byDistrict")), byDistrict, new H4(getTranslation("impact.changed")), changed);
	}

	/**
	 * Offers the versions; {@code selected} is preselected (by default the newest candidate). When it is the
	 * promoted model itself, a hint says there is nothing to compare yet.
	 */
	void setCandidates(List<String> versions, String selected, String promoted) {
		candidate.setItems(versions);
		candidate.setValue(selected);
		summary.setText(selected != null && selected.equals(promoted) ? getTranslation("impact.noCandidate") : "");
	}

	void compute() {
		if (candidate.getValue() == null || sample.getValue() == null || sample.isInvalid()) {
			return;
		}
		if (candidate.getValue().equals(models.promotedVersion().orElse(null))) {
			summary.setText(getTranslation("impact.samePromoted"));
			return;
		}
		report = models.impact(candidate.getValue(), sample.getValue());
		summary.setText(getTranslation("impact.summary", report.candidate(), report.current(), report.sample(),
				report.changedByDistrict().values().stream().mapToLong(Long::longValue).sum()));
		TreeSet<String> topics = new TreeSet<>(report.currentByTopic().keySet());
		topics.addAll(report.candidateByTopic().keySet());
		byTopic.setItems(List.copyOf(topics));
		byDistrict.setItems(List.copyOf(report.changedByDistrict().entrySet()));
		changed.setItems(report.changed());
	}

	private String topicName(String code) {
		return names.topic(code, getLocale(), this::getTranslation);
	}

}
