package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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
 * The labelling queue, uncertain and varied articles first: the current article, the model's suggestion (accept with
 * Ctrl+Enter) or, when it abstained, its two most probable topics (keys 1 and 2), another topic, or skip (key S);
 * below, the agreement between labellers. The queue refills itself while unlabelled articles remain.
 */
class LabellingPanel extends VerticalLayout {

	static final int QUEUE_SIZE = 25;

	final H4 headline = new H4();

	final Paragraph excerpt = new Paragraph();

	final Paragraph suggestion = new Paragraph();

	final Paragraph shortcuts = new Paragraph();

	final ComboBox<String> topic = new ComboBox<>();

	final Button accept = new Button();

	final List<Button> choices = List.of(new Button(), new Button());

	final Button save = new Button();

	final Button skip = new Button();

	final Grid<Agreement> agreement = new Grid<>();

	private final Div card = new Div();

	private final LabellingService labelling;

	private final Names names;

	private final Set<Long> skipped = new HashSet<>();

	private List<QueueItem> queue = List.of();

	private int position;

	LabellingPanel(LabellingService labelling, Names names) {
		this.labelling = labelling;
		this.names = names;
		setPadding(false);
		setId("labelling");
		topic.setItems(names.topics().activeTopics().stream().map(Topic::code).toList());
		topic.setItemLabelGenerator(this::topicName);
		topic.setPlaceholder(getTranslation("labelling.other"));
		accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		accept.setId("labelling-accept");
		accept.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
		accept.addClickListener(e -> store(suggested()));
		for (int i = 0; i < choices.size(); i++) {
			int index = i;
			Button b = choices.get(i);
			b.setId("labelling-choice-" + (i + 1));
			b.addClickListener(e -> store(candidate(index)));
			b.addClickShortcut(i == 0 ? Key.DIGIT_1 : Key.DIGIT_2).listenOn(card);
		}
		save.setText(getTranslation("labelling.save"));
		save.addClickListener(e -> store(topic.getValue()));
		skip.setText(getTranslation("labelling.skip"));
		skip.setId("labelling-skip");
		skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		skip.addClickShortcut(Key.KEY_S).listenOn(card);
		skip.addClickListener(e -> skipCurrent());
		shortcuts.setText(getTranslation("labelling.shortcuts"));
		shortcuts.addClassName("shortcuts");
		configureAgreement();
		HorizontalLayout quick = new HorizontalLayout(accept, choices.get(0), choices.get(1), skip);
		quick.setWrap(true);
		HorizontalLayout other = new HorizontalLayout(topic, save);
		other.setAlignItems(FlexComponent.Alignment.BASELINE);
		// the topic field stays outside the card, so typing in it never triggers the card's one-key shortcuts
		card.add(headline, suggestion, excerpt, quick, shortcuts);
		card.getElement().setAttribute("tabindex", "0");
		card.addClassName("labelling-card");
		add(new Paragraph(getTranslation("labelling.explain")), card, other, new H4(getTranslation("labelling.agreement")),
				agreement);
	}

	private void configureAgreement() {
		agreement.addColumn(a -> a.first() + " / " + a.second()).setHeader(getTranslation("labelling.pair"));
		agreement.addColumn(Agreement::shared).setHeader(getTranslation("labelling.shared"));
		agreement.addColumn(a -> ModelReportPanel.pct(a.observed())).setHeader(getTranslation("labelling.observed"));
		agreement.addColumn(a -> Double.isNaN(a.kappa()) ? "—" : String.format("%.2f", a.kappa())).setHeader("κ");
		agreement.setAllRowsVisible(true);
	}

	void reload() {
		queue = labelling.queue(CurrentUser.name().orElse(""), QUEUE_SIZE, skipped);
		position = 0;
		showCurrent();
		agreement.setItems(labelling.agreement());
	}

	QueueItem current() {
		return position < queue.size() ? queue.get(position) : null;
	}

	/** The model's topic, or its most probable topic when it abstained. */
	private String suggested() {
		QueueItem item = current();
		if (item == null) {
			return null;
		}
		return item.suggestedTopic() != null ? item.suggestedTopic() : candidate(0);
	}

	private String candidate(int index) {
		QueueItem item = current();
		return item == null || index >= item.candidates().size() ? null : item.candidates().get(index).topic();
	}

	private void store(String code) {
		QueueItem item = current();
		if (item == null || code == null) {
			return;
		}
		labelling.label(item.articleId(), new Topic(code), CurrentUser.name().orElseThrow());
		skipped.remove(item.articleId());
		next();
	}

	private void skipCurrent() {
		QueueItem item = current();
		if (item != null) {
			skipped.add(item.articleId());
			next();
		}
	}

	private void next() {
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
		card.setVisible(true);
		save.setEnabled(any);
		skip.setEnabled(any);
		if (!any) {
			headline.setText(getTranslation("labelling.empty"));
			suggestion.setText("");
			excerpt.setText("");
			accept.setVisible(false);
			choices.forEach(b -> b.setVisible(false));
			return;
		}
		headline.setText((position + 1) + "/" + queue.size() + " · " + item.headline());
		String shared = item.labelledByOthers() ? " · " + getTranslation("labelling.sharedSample") : "";
		boolean abstained = item.suggestedTopic() == null;
		suggestion.setText((abstained ? getTranslation("labelling.abstained", item.candidates().isEmpty()
				? getTranslation("labelling.notClassified") : candidatesText(item))
				: getTranslation("labelling.suggestion", topicName(item.suggestedTopic()),
						ModelReportPanel.pct(item.confidence()))) + shared);
		accept.setText(abstained ? getTranslation("labelling.acceptFirst") : getTranslation("labelling.accept"));
		accept.setVisible(!abstained || !item.candidates().isEmpty());
		accept.setEnabled(suggested() != null);
		for (int i = 0; i < choices.size(); i++) {
			Button b = choices.get(i);
			boolean offered = i < item.candidates().size();
			b.setVisible(offered);
			if (offered) {
				QueueItem.TopicScore s = item.candidates().get(i);
				b.setText(getTranslation("labelling.choice", i + 1, topicName(s.topic()), ModelReportPanel.pct(s.score())));
			}
		}
		excerpt.setText(item.excerpt());
		topic.clear();
		card.getElement().callJsFunction("focus");
	}

	private String candidatesText(QueueItem item) {
		List<String> parts = new ArrayList<>();
		item.candidates().forEach(s -> parts.add(topicName(s.topic()) + " " + ModelReportPanel.pct(s.score())));
		return String.join("、", parts);
	}

	private String topicName(String code) {
		return names.topic(code, getLocale(), this::getTranslation);
	}

}
