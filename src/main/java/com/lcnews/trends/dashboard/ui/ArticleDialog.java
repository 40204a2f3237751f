package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import com.lcnews.trends.articles.ArticleDetail;
import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.articles.ArticleRow;
import com.lcnews.trends.batch.ConcurrentLabelException;
import com.lcnews.trends.batch.LabelCorrectionService;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.security.CurrentUser;
import com.lcnews.trends.vectors.SimilarArticles;
import com.lcnews.trends.vectors.VectorIndex;

/**
 * One article: text, date and district with their evidence, the predicted topic with per-topic scores, labels, and
 * a topic correction that becomes a label (who, when) and moves the article's count.
 */
class ArticleDialog extends Dialog {

	static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(java.time.ZoneId.systemDefault());

	final ComboBox<String> correction = new ComboBox<>();

	final Button save = new Button();

	private final ArticleQueryService articles;

	private final LabelCorrectionService corrections;

	private final Names names;

	private final long id;

	private final Runnable onCorrected;

	/** The label version shown, so that a correction made from it is refused when someone labelled meanwhile. */
	private long seenLabels;

	private final Div related = new Div();

	ArticleDialog(ArticleQueryService articles, LabelCorrectionService corrections, Names names, long id,
			Runnable onCorrected) {
		this.articles = articles;
		this.corrections = corrections;
		this.names = names;
		this.id = id;
		this.onCorrected = onCorrected;
		setWidth("min(960px, 96vw)");
		setId("article-dialog");
		save.addClickListener(e -> saveCorrection());
		render();
	}

	private void render() {
		removeAll();
		getFooter().removeAll();
		seenLabels = corrections.labelVersion(id);
		ArticleDetail detail = articles.detail(id, null).orElse(null);
		if (detail == null) {
			add(new Paragraph(getTranslation("article.missing", id)));
			return;
		}
		Article a = detail.article();
		setHeaderTitle(a.headline() == null || a.headline().isBlank() ? getTranslation("article.noHeadline") : a.headline());
		VerticalLayout content = new VerticalLayout();
		content.setPadding(false);
		// long unbroken strings (file names, model versions) wrap instead of widening the dialog on a phone
		content.getStyle().set("overflow-wrap", "anywhere");
		if (a.subheadline() != null) {
			content.add(new H4(a.subheadline()));
		}
		related.setId("article-related");
		content.add(facts(a), scores(detail), labels(detail), related, body(a));
		add(content);
		getFooter().add(correctionBar(detail), new Button(getTranslation("action.close"), e -> close()));
	}

	private Div facts(Article a) {
		Locale locale = getLocale();
		Div facts = new Div();
		facts.addClassName("article-facts");
		String date = Formats.date(a.date(), a.datePrecision().code(), locale);
		facts.add(fact("article.date", date == null ? getTranslation("article.undated")
				: date + " (" + getTranslation("precision." + a.datePrecision().code()) + ")", a.dateEvidence()));
		facts.add(fact("article.district", names.district(a.districtCode(), locale, this::getTranslation),
				a.districtEvidence()));
		facts.add(fact("article.byline", a.byline() == null ? "—" : a.byline(), null));
		facts.add(fact("article.source", a.source() + " #" + a.ordinal() + " · " + getTranslation("kind." + a.kind().code()),
				null));
		return facts;
	}

	private Div fact(String key, String value, String evidence) {
		Div row = new Div(new Span(getTranslation(key) + "："), new Span(value));
		String shown = Evidence.display(evidence, getLocale(), this::getTranslation);
		if (shown != null) {
			Span ev = new Span(" — " + shown);
			ev.addClassName("evidence");
			row.add(ev);
		}
		return row;
	}

	/**
	 * Shows what the vectors say: whether this article reprints another one or has reprints (counted once in the
	 * charts), and its most similar articles with their similarity; {@code open} opens one of them.
	 */
	void showRelated(SimilarArticles.Related r, LongConsumer open) {
		related.removeAll();
		Locale locale = getLocale();
		List<Long> ids = new ArrayList<>();
		r.copyOf().ifPresent(c -> ids.add(c.originalId()));
		r.copies().forEach(c -> ids.add(c.articleId()));
		r.similar().forEach(n -> ids.add(n.articleId()));
		Map<Long, ArticleRow> rows = new HashMap<>();
		articles.rows(ids).forEach(row -> rows.put(row.id(), row));
		r.copyOf().ifPresent(c -> {
			Div copy = new Div(new Span(getTranslation("article.copyOf", percent(c.similarity()))),
					link(rows.get(c.originalId()), c.originalId(), open));
			copy.setId("article-copy-of");
			copy.addClassName("article-copy");
			related.add(note(copy));
		});
		if (!r.copies().isEmpty()) {
			Div copies = new Div(new Span(getTranslation("article.copies", r.copies().size())));
			copies.setId("article-copies");
			copies.addClassName("article-copy");
			r.copies().forEach(c -> copies.add(link(rows.get(c.articleId()), c.articleId(), open)));
			related.add(note(copies));
		}
		Div similar = new Div(new H4(getTranslation("article.similar")));
		similar.setId("article-similar");
		if (r.similar().isEmpty()) {
			similar.add(new Paragraph(getTranslation(r.embedded() ? "article.similar.noneClose" : "article.similar.none",
					Math.round(100 * SimilarArticles.MIN_SIMILARITY))));
		}
		for (VectorIndex.Neighbour n : r.similar()) {
			ArticleRow row = rows.get(n.articleId());
			Div line = new Div(link(row, n.articleId(), open));
			String date = row == null ? null : Formats.date(row.date(), row.datePrecision(), locale);
			String district = row == null ? null : names.district(row.district(), locale, this::getTranslation);
			// the facts on a line of their own, each kept whole: on a phone a date or a score never breaks in two
			Div facts = new Div();
			facts.addClassName("evidence");
			List<String> parts = List.of(date == null ? getTranslation("article.undated") : date, district,
					getTranslation("article.similarity", percent(n.similarity())));
			for (int i = 0; i < parts.size(); i++) {
				if (i > 0) {
					facts.add(new Text(" · "));
				}
				Span part = new Span(parts.get(i));
				part.getStyle().set("white-space", "nowrap");
				facts.add(part);
			}
			line.add(facts);
			line.addClassName("similar-article");
			line.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
			similar.add(line);
		}
		related.add(similar);
	}

	/** A reprint note: set apart from the list of similar articles. */
	private static Div note(Div note) {
		note.getStyle()
			.set("background", "var(--lumo-contrast-5pct)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
			.set("margin-bottom", "var(--lumo-space-s)");
		return note;
	}

	/**
	 * A link to another article: a native button, so that a long headline wraps on a phone (a Lumo button keeps its
	 * label on one line and cuts it), still reached and pressed with the keyboard.
	 */
	private NativeButton link(ArticleRow row, long otherId, LongConsumer open) {
		String headline = row == null || row.headline() == null || row.headline().isBlank()
				? getTranslation("article.noHeadline") + " #" + otherId : row.headline();
		NativeButton b = new NativeButton(headline, e -> open.accept(otherId));
		b.getStyle()
			.set("display", "inline")
			.set("background", "none")
			.set("border", "none")
			.set("padding", "0")
			.set("font", "inherit")
			.set("color", "var(--lumo-primary-text-color)")
			.set("text-align", "start")
			.set("cursor", "pointer");
		b.getElement().setAttribute("data-article", String.valueOf(otherId));
		return b;
	}

	private static String percent(double share) {
		return TrendsView.format(100 * share);
	}

	private VerticalLayout scores(ArticleDetail d) {
		VerticalLayout box = new VerticalLayout();
		box.setPadding(false);
		box.setSpacing(false);
		Locale locale = getLocale();
		String predicted = d.predictedTopic() == null
				? (d.confidence() == null ? getTranslation("article.notClassified") : getTranslation("topic.unclassified"))
				: names.topic(d.predictedTopic(), locale, this::getTranslation);
		box.add(new Span(getTranslation("article.predicted", predicted, d.modelVersion() == null ? "—" : d.modelVersion())));
		d.scores().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(5)
			.forEach(e -> {
				ProgressBar bar = new ProgressBar(0, 1, e.getValue());
				bar.setWidth("min(12em, 35vw)");
				Span label = new Span(names.topic(e.getKey(), locale, this::getTranslation) + " "
						+ TrendsView.format(100 * e.getValue()) + "%");
				label.getStyle().set("white-space", "nowrap");
				HorizontalLayout line = new HorizontalLayout(bar, label);
				line.setAlignItems(FlexComponent.Alignment.CENTER);
				box.add(line);
			});
		return box;
	}

	private Div labels(ArticleDetail d) {
		Div box = new Div();
		box.setId("article-labels");
		for (ArticleDetail.Label l : d.labels()) {
			box.add(new Paragraph(getTranslation("article.label", names.topic(l.topic(), getLocale(), this::getTranslation),
					AuditText.actorName(l.by(), this::getTranslation), TIME.format(l.at()),
					getTranslation("origin." + l.origin()))));
		}
		return box;
	}

	private Div body(Article a) {
		Div body = new Div();
		body.addClassName("article-body");
		for (String paragraph : a.body().split("\n")) {
			body.add(new Paragraph(paragraph));
		}
		return body;
	}

	private HorizontalLayout correctionBar(ArticleDetail d) {
		correction.setPlaceholder(getTranslation("article.correct.placeholder"));
		correction.setItems(names.topics().activeTopics().stream().map(Topic::code).toList());
		correction.setItemLabelGenerator(c -> names.topic(c, getLocale(), this::getTranslation));
		correction.setValue(d.countedTopic());
		correction.setId("correct-topic");
		save.setText(getTranslation("article.correct.save"));
		save.setId("save-correction");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout bar = new HorizontalLayout(correction, save);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		return bar;
	}

	void saveCorrection() {
		String topic = correction.getValue();
		if (topic == null) {
			return;
		}
		String user = CurrentUser.name().orElseThrow(() -> new IllegalStateException("Not signed in"));
		try {
			corrections.correct(id, new Topic(topic), user, seenLabels);
			Notification.show(getTranslation("article.correct.saved", names.topic(topic, getLocale(), this::getTranslation)));
		}
		catch (ConcurrentLabelException newer) {
			Notification.show(getTranslation("article.correct.conflict", newer.by(), TIME.format(newer.at()),
					names.topic(newer.topic(), getLocale(), this::getTranslation)), 10_000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		render();
		if (onCorrected != null) {
			onCorrected.run();
		}
	}

}
