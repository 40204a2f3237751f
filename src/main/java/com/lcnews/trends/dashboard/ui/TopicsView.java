package com.lcnews.trends.dashboard.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.modelops.ZeroShotException;
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

	final TopicGrid topics = new TopicGrid();

	final Button addTopic = new Button();

	final Button register = new Button();

	final TopicForm form = new TopicForm();

	final ZeroShotPanel preview;

	private final Taxonomy taxonomy;

	private final ZeroShotService zeroShot;

	private final Names names;

	public TopicsView(Taxonomy taxonomy, ZeroShotService zeroShot, Names names, ArticleDialogFactory dialogs) {
		this.taxonomy = taxonomy;
		this.zeroShot = zeroShot;
		this.names = names;
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
		topics.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(form::edit));
		form.addSaveListener(e -> save(e.edit(), e.topic()));
		form.addTryListener(e -> tryOut(e.edit(), e.topic()));
		form.addRetireListener(e -> retireOrReactivate(e.topic()));
		HorizontalLayout bar = new HorizontalLayout(addTopic, register);
		bar.setWrap(true);
		add(new Paragraph(getTranslation("topics.explain")), bar, topics, form, preview);
		topics.setItems(taxonomy.records());
	}

	void save(TopicEdit edit, TopicRecord editing) {
		String user = CurrentUser.name().orElseThrow();
		try {
			TopicRecord saved = editing == null ? taxonomy.add(edit, user)
					: taxonomy.update(editing.code(), editing.revision(), edit, user);
			Notification.show(getTranslation("topics.saved", saved.entry().displayName(getLocale())));
			showSaved(saved);
			runPreview(taxonomy.current(), saved.code());
		}
		catch (TaxonomyException ex) {
			refused(ex, editing);
		}
	}

	/** Classifies with the form's descriptions in place of the stored ones, without saving. */
	void tryOut(TopicEdit edit, TopicRecord editing) {
		try {
			// a draft the store would refuse (a code or name taken, ...) is refused before it replaces a topic
			taxonomy.check(edit, editing == null ? null : editing.code());
		}
		catch (TaxonomyException ex) {
			refused(ex, editing);
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
					saved.entry().displayName(getLocale())));
			showSaved(saved);
			runPreview(taxonomy.current(), saved.active() ? saved.code() : null);
		}
		catch (TaxonomyException ex) {
			refused(ex, topic);
		}
	}

	/**
	 * Shows a refusal at its field; when that is the fixed code of a stored topic, also where it is seen. A topic
	 * changed or gone meanwhile is read again, so that opening it from the list gives the version stored now.
	 */
	private void refused(TaxonomyException ex, TopicRecord editing) {
		Object[] args = ex.args();
		if (ex.problem() == TaxonomyException.Problem.STALE || ex.problem() == TaxonomyException.Problem.TOO_FEW_ACTIVE) {
			args[0] = names.topic((String) args[0], getLocale(), this::getTranslation);
		}
		if (ex.problem() == TaxonomyException.Problem.STALE) {
			args[1] = AuditText.actorName((String) args[1], this::getTranslation);
		}
		String message = getTranslation(ex.messageKey(), args);
		form.show(ex, message);
		if (editing != null && "code".equals(ex.field())) {
			Notification.show(message, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		if (ex.problem() == TaxonomyException.Problem.STALE || ex.problem() == TaxonomyException.Problem.UNKNOWN) {
			topics.setItems(taxonomy.records());
		}
	}

	void registerZeroShot() {
		try {
			var registration = zeroShot.register();
			Notification.show(getTranslation(registration.existing() ? "topics.alreadyRegistered" : "topics.registered",
					registration.model().version()));
		}
		catch (ZeroShotException ex) {
			Notification.show(getTranslation("topics.registerFailed", getTranslation(ex.messageKey(), ex.args())), 10_000,
					Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		catch (IOException ex) {
			Notification.show(getTranslation("topics.registerFailed", ex.getMessage()), 10_000,
					Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void showSaved(TopicRecord saved) {
		topics.setItems(taxonomy.records());
		taxonomy.records().stream().filter(r -> r.code().equals(saved.code())).findFirst().ifPresent(topics::select);
		form.edit(saved);
	}

	private void runPreview(TopicCatalog catalog, String focus) {
		try {
			preview.show(zeroShot.preview(catalog, ZeroShotService.SAMPLE), focus, catalog);
		}
		catch (ZeroShotException ex) {
			preview.failed(getTranslation(ex.messageKey(), ex.args()));
		}
	}

	/** On phones the list and the preview show one column of everything. */
	@Override
	protected void onAttach(AttachEvent event) {
		NarrowColumns.apply(event.getUI(), topics, preview.articles);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.topics") + " · " + getTranslation("app.title");
	}

}
