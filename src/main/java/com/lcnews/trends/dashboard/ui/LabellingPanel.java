package com.lcnews.trends.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.lcnews.trends.labelling.Agreement;
import com.lcnews.trends.labelling.LabellingService;
import com.lcnews.trends.labelling.QueueItem;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.security.CurrentUser;

/**
 * The labelling queue, least confident first: the current article, the model's suggestion, accept (Enter) or pick
 * another topic; below, the agreement between labellers.
 */
class LabellingPanel extends VerticalLayout {

	static final int QUEUE_SIZE = 25;

	final H4 headline = new H4();

	final Paragraph excerpt = new Paragraph();

	final Paragraph suggestion = new Paragraph();

	final ComboBox<String> topic = new ComboBox<>();

	final Button accept = new Button();

	final Button save = new Button();

	final Grid<Agreement> agreement = new Grid<>();

	private final LabellingService labelling;

	private final Names names;

	private List<QueueItem> queue = List.of();

	private int position;

	LabellingPanel(LabellingService labelling, Names names) {
		this.labelling = labelling;
		this.names = names;
		setPadding(false);
		setId("labelling");
		topic.setItems(names.topics().activeTopics().stream().map(Topic::code).toList());
		topic.setItemLabelGenerator(c -> names.topic(c, getLocale(), this::getTranslation));
		topic.setPlaceholder(getTranslation("labelling.other"));
		accept.setText(getTranslation("labelling.accept"));
		accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		accept.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
		accept.addClickListener(e -> store(current().suggestedTopic()));
		save.setText(getTranslation("labelling.save"));
		save.addClickListener(e -> store(topic.getValue()));
		agreement.addColumn(a -> a.first() + " / " + a.second()).setHeader(getTranslation("labelling.pair"));
		agreement.addColumn(Agreement::shared).setHeader(getTranslation("labelling.shared"));
		agreement.addColumn(a -> ModelReportPanel.pct(a.observed())).setHeader(getTranslation("labelling.observed"));
		agreement.addColumn(a -> Double.isNaN(a.kappa()) ? "—" : String.format("%.2f", a.kappa())).setHeader("κ");
		agreement.setAllRowsVisible(true);
		HorizontalLayout actions = new HorizontalLayout(accept, topic, save);
		actions.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new Paragraph(getTranslation("labelling.explain")), headline, suggestion, excerpt, actions,
				new H4(getTranslation("labelling.agreement")), agreement);
	}

	void reload() {
		queue = labelling.queue(CurrentUser.name().orElse(""), QUEUE_SIZE);
		position = 0;
		showCurrent();
		agreement.setItems(labelling.agreement());
	}

	private QueueItem current() {
		return position < queue.size() ? queue.get(position) : null;
	}

	private void store(String code) {
		QueueItem item = current();
		if (item == null || code == null) {
			return;
		}
		labelling.label(item.articleId(), new Topic(code), CurrentUser.name().orElseThrow());
		position++;
		if (position >= queue.size()) {
			reload();
		}
		else {
			showCurrent();
		}
	}

	private void showCurrent() {
		QueueItem item = current();
		boolean any = item != null;
		accept.setEnabled(any && item.suggestedTopic() != null);
		save.setEnabled(any);
		if (!any) {
			headline.setText(getTranslation("labelling.empty"));
			suggestion.setText("");
			excerpt.setText("");
			return;
		}
		headline.setText((position + 1) + "/" + queue.size() + " · " + item.headline());
		suggestion.setText(getTranslation("labelling.suggestion", item.suggestedTopic() == null
				? getTranslation("topic.unclassified") : names.topic(item.suggestedTopic(), getLocale(), this::getTranslation),
				ModelReportPanel.pct(item.confidence())) + (item.labelledByOthers() ? " · " + getTranslation("labelling.sharedSample") : ""));
		excerpt.setText(item.excerpt());
		topic.clear();
	}

}
