package com.lcnews.trends.dashboard.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import com.lcnews.trends.shared.taxonomy.Taxonomy;
import com.lcnews.trends.shared.taxonomy.TopicRecord;

/**
 * The list of topics: code, name in the page's language (both names in its tooltip), status, keywords and the last
 * change, a line each (keywords that do not fit are
 * shown whole in their tooltip; a grid of rows of uneven height is sized wrongly by Vaadin 24's all-rows-visible
 * mode); on phones one wrapped column holds all of a topic ({@link NarrowColumns}).
 */
class TopicGrid extends Grid<TopicRecord> {

	/** The id of the keywords column (its cells may be cut: their tooltip shows them whole). */
	static final String KEYWORDS = "topic-keywords-column";

	TopicGrid() {
		setId("topic-grid");
		addColumn(TopicRecord::code).setHeader(getTranslation("topics.code")).setAutoWidth(true).setFlexGrow(0);
		addColumn(r -> r.entry().displayName(getLocale())).setHeader(getTranslation("topics.name")).setAutoWidth(true)
			.setFlexGrow(0).setTooltipGenerator(this::names);
		addComponentColumn(this::status).setHeader(getTranslation("topics.status")).setAutoWidth(true).setFlexGrow(0);
		addColumn(this::keywords).setHeader(getTranslation("topics.keywords")).setFlexGrow(1)
			.setTooltipGenerator(this::keywords).setId(KEYWORDS);
		addColumn(this::lastChange).setHeader(getTranslation("topics.changed")).setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(new ComponentRenderer<>(this::compact)).setHeader(getTranslation("topics.topic"))
			.setKey(NarrowColumns.KEY).setFlexGrow(1).setVisible(false);
		setAllRowsVisible(true);
	}

	private Span status(TopicRecord r) {
		Span status = new Span(getTranslation(r.active() ? "topics.active" : "topics.retired"));
		status.getElement().getThemeList().add(r.active() ? "badge success" : "badge contrast");
		return status;
	}

	private String names(TopicRecord r) {
		return r.entry().nameZh() + " · " + r.entry().nameEn();
	}

	private String keywords(TopicRecord r) {
		return String.join("、", r.entry().keywordsZh());
	}

	/** Who changed the topic last (the taxonomy file the table was filled from, in words), when, and what. */
	String lastChange(TopicRecord r) {
		String who = Taxonomy.SEED.equals(r.changedBy()) ? getTranslation("topics.by.seed")
				: AuditText.actorName(r.changedBy(), this::getTranslation);
		String what = r.lastChange().stream().sorted().map(c -> getTranslation("topics.change." + c.code()))
			.collect(Collectors.joining("、"));
		return getTranslation("topics.changedBy", who, ArticleDialog.TIME.format(r.changedAt()), what);
	}

	/** For phones: name and code with the status, the keywords and the last change under them. */
	private Div compact(TopicRecord r) {
		Div name = new Div(new Span(r.entry().displayName(getLocale()) + " · " + r.code() + " "), status(r));
		Div keywords = new Div(keywords(r));
		keywords.addClassName("meta");
		Div changed = new Div(lastChange(r));
		changed.addClassName("meta");
		Div box = new Div(name, keywords, changed);
		box.addClassName("compact-article");
		return box;
	}

}
