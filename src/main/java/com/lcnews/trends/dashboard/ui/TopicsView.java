package com.lcnews.trends.dashboard.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.modelops.ZeroShotService;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.TopicCatalog;
import com.lcnews.trends.shared.security.CurrentUser;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.taxonomy.Taxonomy;
import com.lcnews.trends.shared.taxonomy.TaxonomyException;
import com.lcnews.trends.shared.taxonomy.TopicEdit;
import com.lcnews.trends.shared.taxonomy.TopicRecord;
import com.lcnews.trends.shared.ui.MainLayout;

/**
 * The taxonomy for data scientists and administrators: add a topic, rename it, re-describe it, retire it; after each
 * change (or on trial, unsaved) the newest articles are classified by the descriptions alone, and a zero-shot model of
 * the taxonomy can be registered as a model version.
 */
@Route(value = "topics", layout = MainLayout.class)
@RolesAllowed({ Roles.ADMIN, Roles.SCIENTIST })
public class TopicsView extends VerticalLayout implements HasDynamicTitle {

	final Grid<TopicRecord> topics = new Grid<>();

	final Button addTopic = new Button();

	final Button register = new Button();

	final TopicForm form = new TopicForm();

	final ZeroShotPanel preview;

	private final Taxonomy taxonomy;

	private final ZeroShotService zeroShot;

	public TopicsView(Taxonomy taxonomy, ZeroShotService zeroShot, Names names, ArticleDialogFactory dialogs) {
		this.taxonomy = taxonomy;
		this.zeroShot = zeroShot;
		this.preview = new ZeroShotPanel(names, dialogs);
		setWidthFull();
		addTopic.setText(getTranslation("topics.new"));
		addTopic.setIcon(VaadinIcon.PLUS.create());
		addTopic.setId("new-topic");
		addTopic.addClickListener(e -> {
			topics.deselectAll();
			form.edit(null);
		});
		register.setText(getTranslation("topics.register"));
		register.setId("register-zero-shot");
		register.addClickListener(e -> registerZeroShot());
		configureGrid();
		form.addSaveListener(e -> save(e.edit(), e.topic()));
		form.addTryListener(e -> tryOut(e.edit(), e.topic()));
		form.addRetireListener(e -> retireOrReactivate(e.topic()));
		HorizontalLayout bar = new HorizontalLayout(addTopic, register);
		bar.setWrap(true);
		add(new Paragraph(getTranslation("topics.explain")), bar, topics, form, preview);
		topics.setItems(taxonomy.records());
	}

	private void configureGrid() {
		topics.setId("topic-grid");
		topics.addColumn(r -> r.code()).setHeader(getTranslation("topics.code")).setAutoWidth(true);
		topics.addColumn(r -> r.entry().nameZh()).setHeader(getTranslation("topics.nameZh")).setAutoWidth(true);
		topics.addColumn(r -> r.entry().nameEn()).setHeader(getTranslation("topics.nameEn")).setAutoWidth(true);
		topics.addComponentColumn(r -> {
			Span status = new Span(getTranslation(r.active() ? "topics.active" : "topics.retired"));
			status.getElement().getThemeList().add(r.active() ? "badge success" : "badge contrast");
			return status;
		}).setHeader(getTranslation("topics.status")).setAutoWidth(true);
		topics.addColumn(r -> String.join("、", r.entry().keywordsZh())).setHeader(getTranslation("topics.keywords"))
			.setFlexGrow(2);
		topics.addColumn(this::lastChange).setHeader(getTranslation("topics.changed")).setAutoWidth(true);
		topics.setAllRowsVisible(true);
		topics.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(form::edit));
	}

	void save(TopicEdit edit, TopicRecord editing) {
		String user = CurrentUser.name().orElseThrow();
		try {
			TopicRecord saved = editing == null ? taxonomy.add(edit, user)
					: taxonomy.update(editing.code(), editing.revision(), edit, user);
			Notification.show(getTranslation("topics.saved", saved.entry().nameZh()));
			showSaved(saved);
			runPreview(taxonomy.current(), saved.code());
		}
		catch (TaxonomyException ex) {
			form.show(ex, getTranslation(ex.messageKey(), ex.args()));
		}
	}

	/** Classifies with the form's descriptions in place of the stored ones, without saving. */
	void tryOut(TopicEdit edit, TopicRecord editing) {
		if (!edit.code().matches("[a-z][a-z0-9_]{0,31}")) {
			TaxonomyException refused = new TaxonomyException(TaxonomyException.Problem.CODE_FORMAT, edit.code());
			form.show(refused, getTranslation(refused.messageKey(), refused.args()));
			return;
		}
		TopicCatalog.Entry draft = new TopicCatalog.Entry(new Topic(edit.code()), edit.nameZh(), edit.nameEn(),
				editing == null || editing.active(), edit.description(), edit.descriptionZh(), edit.keywordsZh());
		List<TopicCatalog.Entry> entries = new ArrayList<>(taxonomy.current().all());
		entries.removeIf(e -> e.topic().equals(draft.topic()));
		int at = editing == null ? entries.size()
				: taxonomy.records().stream().map(TopicRecord::code).toList().indexOf(editing.code());
		entries.add(Math.max(0, Math.min(at, entries.size())), draft);
		runPreview(TopicCatalog.of(entries), edit.code());
	}

	void retireOrReactivate(TopicRecord topic) {
		String user = CurrentUser.name().orElseThrow();
		try {
			TopicRecord saved = topic.active() ? taxonomy.retire(topic.code(), topic.revision(), user)
					: taxonomy.reactivate(topic.code(), topic.revision(), user);
			Notification.show(getTranslation(saved.active() ? "topics.reactivated" : "topics.retiredNow",
					saved.entry().nameZh()));
			showSaved(saved);
			runPreview(taxonomy.current(), saved.active() ? saved.code() : null);
		}
		catch (TaxonomyException ex) {
			form.show(ex, getTranslation(ex.messageKey(), ex.args()));
		}
	}

	void registerZeroShot() {
		try {
			ModelMetadata model = zeroShot.register();
			Notification.show(getTranslation("topics.registered", model.version()));
		}
		catch (IOException | RuntimeException ex) {
			Notification.show(getTranslation("topics.registerFailed", ex.getMessage()));
		}
	}

	private void showSaved(TopicRecord saved) {
		topics.setItems(taxonomy.records());
		taxonomy.records().stream().filter(r -> r.code().equals(saved.code())).findFirst().ifPresent(topics::select);
		form.edit(saved);
	}

	private void runPreview(TopicCatalog catalog, String focus) {
		try {
			preview.show(zeroShot.preview(catalog, ZeroShotService.SAMPLE), focus);
		}
		catch (RuntimeException ex) {
			preview.failed(ex.getMessage());
		}
	}

	private String lastChange(TopicRecord r) {
		String what = r.lastChange().stream().sorted().map(c -> getTranslation("topics.change." + c.code()))
			.collect(Collectors.joining("、"));
		return getTranslation("topics.changedBy", r.changedBy(), ArticleDialog.TIME.format(r.changedAt()), what);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.topics") + " · " + getTranslation("app.title");
	}

}
