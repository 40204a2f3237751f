package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import com.lcnews.trends.modelops.ZeroShotPreview;
import com.lcnews.trends.shared.TopicCatalog;

/**
 * How the topic descriptions alone classify the newest articles: a summary, the articles per topic beside the promoted
 * model, and the articles themselves (only those of the topic edited, if asked). An article opens in its dialog.
 */
class ZeroShotPanel extends VerticalLayout {

	final Paragraph summary = new Paragraph();

	final Paragraph focus = new Paragraph();

	final Checkbox onlyFocus = new Checkbox();

	final Grid<String> byTopic = new Grid<>();

	final Grid<ZeroShotPreview.Row> articles = new Grid<>();

	final H4 byTopicTitle = new H4();

	private final Names names;

	private ZeroShotPreview preview;

	private String focusTopic;

	/** The taxonomy of the preview shown, with a draft topic not saved yet. */
	private TopicCatalog previewed;

	ZeroShotPanel(Names names, ArticleDialogFactory dialogs) {
		this.names = names;
		setPadding(false);
		setId("zero-shot-preview");
		summary.setId("zero-shot-summary");
		summary.setText(getTranslation("topics.preview.none"));
		focus.setId("zero-shot-focus");
		onlyFocus.setLabel(getTranslation("topics.preview.onlyTopic"));
		onlyFocus.setValue(true);
		onlyFocus.addValueChangeListener(e -> fillArticles());
		byTopic.setId("zero-shot-by-topic");
		byTopic.addColumn(this::topicName).setHeader(getTranslation("article.topic")).setAutoWidth(true);
		byTopic.addColumn(t -> preview.byTopic().getOrDefault(t, 0L)).setHeader(getTranslation("topics.preview.zeroShot"));
		byTopic.addColumn(t -> preview.currentByTopic().getOrDefault(t, 0L)).setHeader(getTranslation("topics.preview.current"));
		byTopic.setAllRowsVisible(true);
		byTopic.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		articles.setId("zero-shot-articles");
		articles.addColumn(ZeroShotPreview.Row::headline).setHeader(getTranslation("article.headline")).setFlexGrow(3);
		articles.addComponentColumn(this::zeroShotTopic).setHeader(getTranslation("topics.preview.zeroShot"))
			.setAutoWidth(true);
		articles.addColumn(r -> topicName(r.currentTopic())).setHeader(getTranslation("topics.preview.current"))
			.setAutoWidth(true);
		articles.addColumn(new ComponentRenderer<>(this::compact)).setHeader(getTranslation("article.headline"))
			.setKey(NarrowColumns.KEY).setFlexGrow(1).setVisible(false);
		articles.addItemClickListener(e -> dialogs.open(e.getItem().articleId(), null));
		articles.setAllRowsVisible(true);
		byTopicTitle.setText(getTranslation("topics.preview.byTopic"));
		add(new H4(getTranslation("topics.preview.title")), summary, focus, onlyFocus, articles, byTopicTitle, byTopic);
		setResultsVisible(false);
	}

	/** Shows a preview, centred on one topic (null: none), naming topics as the previewed (maybe unsaved) taxonomy does. */
	void show(ZeroShotPreview preview, String focusTopic, TopicCatalog previewed) {
		this.previewed = previewed;
		this.preview = preview;
		this.focusTopic = focusTopic;
		String vectors = Recipes.segmenter(preview.encoder(), this::getTranslation);
		summary.setText(preview.rows().isEmpty() ? getTranslation("topics.preview.noVectors", preview.sample(), vectors)
				: getTranslation("topics.preview.summary", preview.sample(), preview.rows().size(), vectors,
						preview.buildMillis(), preview.current(), ModelReportPanel.pct(preview.agreement())));
		boolean focused = focusTopic != null;
		focus.setVisible(focused);
		onlyFocus.setVisible(focused);
		if (focused) {
			focus.setText(getTranslation("topics.preview.focus", topicName(focusTopic),
					preview.byTopic().getOrDefault(focusTopic, 0L), preview.currentByTopic().getOrDefault(focusTopic, 0L)));
		}
		TreeSet<String> topics = new TreeSet<>(preview.byTopic().keySet());
		topics.addAll(preview.currentByTopic().keySet());
		List<String> rows = new ArrayList<>(names.topics().all().stream().map(e -> e.topic().code()).filter(topics::contains).toList());
		topics.stream().filter(t -> !rows.contains(t)).forEach(rows::add);
		byTopic.setItems(rows);
		fillArticles();
		setResultsVisible(!preview.rows().isEmpty());
	}

	/** Says why there is no preview. */
	void failed(String message) {
		preview = null;
		summary.setText(getTranslation("topics.preview.failed", message));
		setResultsVisible(false);
	}

	private void fillArticles() {
		if (preview == null) {
			return;
		}
		boolean only = focusTopic != null && onlyFocus.getValue();
		articles.setItems(preview.rows().stream().filter(r -> !only || r.topic().equals(focusTopic)).toList());
	}

	private void setResultsVisible(boolean visible) {
		byTopicTitle.setVisible(visible);
		byTopic.setVisible(visible);
		articles.setVisible(visible);
		if (!visible) {
			focus.setVisible(false);
			onlyFocus.setVisible(false);
		}
	}

	private Span zeroShotTopic(ZeroShotPreview.Row r) {
		Span topic = new Span(topicName(r.topic()) + " · " + ModelReportPanel.pct(r.confidence()));
		topic.getElement().getThemeList().add(r.agrees() ? "badge success" : "badge");
		return topic;
	}

	/** For phones: the headline, with both topics under it. */
	private Div compact(ZeroShotPreview.Row r) {
		Div current = new Div(getTranslation("topics.preview.currentIs", topicName(r.currentTopic())));
		current.addClassName("meta");
		Div box = new Div(new Div(r.headline()), new Div(zeroShotTopic(r)), current);
		box.addClassName("compact-article");
		return box;
	}

	private String topicName(String code) {
		if (code != null && previewed != null && previewed.find(code).isPresent()) {
			return previewed.displayName(code, getLocale());
		}
		return names.topic(code, getLocale(), this::getTranslation);
	}

}
