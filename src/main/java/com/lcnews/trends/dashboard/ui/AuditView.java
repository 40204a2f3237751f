package com.lcnews.trends.dashboard.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.audit.AuditEntry;
import com.lcnews.trends.shared.audit.AuditLog;
import com.lcnews.trends.shared.audit.AuditQuery;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.MainLayout;

/** The audit log for administrators: who corrected, promoted, imported or changed an account, filterable. */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

	final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>();

	final ComboBox<String> actor = new ComboBox<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final TextField text = new TextField();

	final Span count = new Span();

	final Grid<AuditEntry> grid = new Grid<>();

	private final AuditLog audit;

	private final AuditText words;

	public AuditView(AuditLog audit, Names names) {
		this.audit = audit;
		this.words = new AuditText(this::getTranslation, code -> names.topic(code, getLocale(), this::getTranslation));
		setSizeFull();
		configureFilters();
		configureGrid();
		count.setId("audit-count");
		add(new Paragraph(getTranslation("audit.explain")), filterBar(), count, grid);
		refresh();
	}

	private void configureFilters() {
		actions.setLabel(getTranslation("audit.filter.actions"));
		actions.setItems(Arrays.asList(AuditAction.values()));
		actions.setItemLabelGenerator(words::action);
		actions.setPlaceholder(getTranslation("filter.all"));
		actions.setId("audit-actions");
		actor.setLabel(getTranslation("audit.actor"));
		actor.setItems(audit.actors());
		actor.setItemLabelGenerator(words::actor);
		actor.setClearButtonVisible(true);
		actor.setId("audit-actor");
		from.setLabel(getTranslation("filter.from"));
		to.setLabel(getTranslation("filter.to"));
		WidgetTexts.datePickers(this::getTranslation, from, to);
		text.setLabel(getTranslation("audit.filter.text"));
		text.setClearButtonVisible(true);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.setId("audit-text");
		actions.addValueChangeListener(e -> refresh());
		actor.addValueChangeListener(e -> refresh());
		from.addValueChangeListener(e -> refresh());
		to.addValueChangeListener(e -> refresh());
		text.addValueChangeListener(e -> refresh());
	}

	private HorizontalLayout filterBar() {
		// Narrow enough for two filters a row on a phone.
		List.<com.vaadin.flow.component.HasSize>of(actions, actor, from, to, text).forEach(f -> f.setWidth("10em"));
		HorizontalLayout bar = new HorizontalLayout(actions, actor, from, to, text);
		bar.setWrap(true);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		return bar;
	}

	private void configureGrid() {
		grid.setId("audit-grid");
		grid.addColumn(e -> ArticleDialog.TIME.format(e.at())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
		grid.addColumn(e -> words.actor(e.actor())).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
		grid.addColumn(e -> words.action(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
		grid.addColumn(words::target).setHeader(getTranslation("audit.target")).setAutoWidth(true);
		grid.addColumn(words::details).setHeader(getTranslation("audit.details")).setFlexGrow(3);
		grid.setSizeFull();
		grid.setMinHeight("20em");
	}

	AuditQuery query() {
		return new AuditQuery(actions.getValue(), actor.getValue(), from.getValue(), to.getValue(), text.getValue());
	}

	void refresh() {
		AuditQuery q = query();
		grid.setItems(page -> audit.find(q, page.getOffset(), page.getLimit()).stream());
		count.setText(getTranslation("audit.count", audit.count(q)));
	}

	/** The rows the grid shows now (first page), for tests. */
	List<AuditEntry> shown() {
		return audit.find(query(), 0, 50);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.audit") + " · " + getTranslation("app.title");
	}

}
