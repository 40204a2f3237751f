package com.lcnews.trends.dashboard.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import com.lcnews.trends.shared.taxonomy.TaxonomyException;
import com.lcnews.trends.shared.taxonomy.TopicEdit;
import com.lcnews.trends.shared.taxonomy.TopicRecord;
import com.lcnews.trends.shared.taxonomy.TopicRules;

/**
 * The form of one topic: a new one (code editable) or an existing one (code fixed). It tells its view what the person
 * asked for with typed events; the view makes the service calls and hands refusals back with {@link #show}.
 */
class TopicForm extends VerticalLayout {

	final H4 title = new H4();

	final TextField code = new TextField();

	final TextField nameZh = new TextField();

	final TextField nameEn = new TextField();

	final TextArea descriptionZh = new TextArea();

	final TextField keywords = new TextField();

	final TextArea description = new TextArea();

	final Button save = new Button();

	final Button tryOut = new Button();

	final Button retire = new Button();

	private final Map<String, HasValidation> fields = Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn,
			"descriptionZh", descriptionZh, "keywordsZh", keywords, "description", description);

	/** The topic edited, null for a new one. */
	private TopicRecord editing;

	TopicForm() {
		setPadding(false);
		setId("topic-form");
		configure(code, "topics.code", "topic-code");
		code.setHelperText(getTranslation("topics.code.helper"));
		configure(nameZh, "topics.nameZh", "topic-name-zh");
		configure(nameEn, "topics.nameEn", "topic-name-en");
		configure(descriptionZh, "topics.descriptionZh", "topic-description-zh");
		descriptionZh.setHelperText(getTranslation("topics.descriptionZh.helper"));
		configure(keywords, "topics.keywords", "topic-keywords");
		keywords.setHelperText(getTranslation("topics.keywords.helper"));
		configure(description, "topics.description", "topic-description");
		// input stops where the store's rules would refuse it
		code.setMaxLength(32);
		nameZh.setMaxLength(TopicRules.NAME_ZH_MAX);
		nameEn.setMaxLength(TopicRules.NAME_EN_MAX);
		descriptionZh.setMaxLength(TopicRules.DESCRIPTION_MAX);
		description.setMaxLength(TopicRules.DESCRIPTION_MAX);
		save.setText(getTranslation("topics.save"));
		save.setId("save-topic");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(e -> fireEvent(new SaveEvent(this, edit(), editing)));
		tryOut.setText(getTranslation("topics.previewDraft"));
		tryOut.setId("try-topic");
		tryOut.addClickListener(e -> fireEvent(new TryEvent(this, edit(), editing)));
		retire.setId("retire-topic");
		retire.addClickListener(e -> fireEvent(new RetireEvent(this, editing)));
		FormLayout form = new FormLayout(code, nameZh, nameEn, keywords, descriptionZh, description);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 3));
		form.setColspan(keywords, 3);
		form.setColspan(descriptionZh, 3);
		form.setColspan(description, 3);
		HorizontalLayout buttons = new HorizontalLayout(save, tryOut, retire);
		buttons.setWrap(true);
		add(title, form, buttons);
		edit(null);
	}

	private <F extends Component & HasLabel & HasSize> void configure(F field, String key, String id) {
		field.setLabel(getTranslation(key));
		field.setId(id);
		field.setWidthFull();
	}

	/** Shows a topic for editing, or an empty form for a new one. */
	void edit(TopicRecord topic) {
		editing = topic;
		fields.values().forEach(f -> f.setInvalid(false));
		TopicEdit values = topic == null ? new TopicEdit("", "", "", "", "", java.util.List.of()) : TopicEdit.of(topic.entry());
		code.setValue(values.code());
		code.setReadOnly(topic != null);
		nameZh.setValue(values.nameZh());
		nameEn.setValue(values.nameEn());
		descriptionZh.setValue(values.descriptionZh());
		keywords.setValue(values.keywordsText());
		description.setValue(values.description());
		title.setText(topic == null ? getTranslation("topics.adding") : getTranslation("topics.editing", values.nameZh()));
		retire.setVisible(topic != null);
		if (topic != null) {
			retire.setText(getTranslation(topic.active() ? "topics.retire" : "topics.reactivate"));
			retire.removeThemeVariants(ButtonVariant.LUMO_ERROR);
			if (topic.active()) {
				retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
			}
		}
	}

	/** What the form holds now. */
	TopicEdit edit() {
		return TopicEdit.of(code.getValue(), nameZh.getValue(), nameEn.getValue(), description.getValue(),
				descriptionZh.getValue(), keywords.getValue());
	}

	/** Marks the field a refusal is about with its message for people. */
	void show(TaxonomyException refused, String message) {
		fields.values().forEach(f -> f.setInvalid(false));
		HasValidation field = fields.getOrDefault(refused.field(), code);
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

	/** Base of the form's events: what the form holds and the topic it edits (null for a new one). */
	abstract static class TopicFormEvent extends ComponentEvent<TopicForm> {

		private final TopicEdit edit;

		private final TopicRecord topic;

		TopicFormEvent(TopicForm source, TopicEdit edit, TopicRecord topic) {
			super(source, false);
			this.edit = edit;
			this.topic = topic;
		}

		TopicEdit edit() {
			return edit;
		}

		TopicRecord topic() {
			return topic;
		}

	}

	/** Save the form: add a topic, or rename or re-describe the one edited. */
	static final class SaveEvent extends TopicFormEvent {

		SaveEvent(TopicForm source, TopicEdit edit, TopicRecord topic) {
			super(source, edit, topic);
		}

	}

	/** Classify with the form's descriptions without saving them. */
	static final class TryEvent extends TopicFormEvent {

		TryEvent(TopicForm source, TopicEdit edit, TopicRecord topic) {
			super(source, edit, topic);
		}

	}

	/** Retire the topic edited, or make it active again. */
	static final class RetireEvent extends TopicFormEvent {

		RetireEvent(TopicForm source, TopicRecord topic) {
			super(source, null, topic);
		}

	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	Registration addTryListener(ComponentEventListener<TryEvent> listener) {
		return addListener(TryEvent.class, listener);
	}

	Registration addRetireListener(ComponentEventListener<RetireEvent> listener) {
		return addListener(RetireEvent.class, listener);
	}

}
