package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.articles.ArticleFilter;
import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.articles.ArticleRow;
import com.lcnews.trends.shared.District;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.EmptyState;
import com.lcnews.trends.shared.ui.MainLayout;

/** Search and filter articles; open one to see its evidence and scores and to correct its topic. */
@Route(value = "articles", layout = MainLayout.class)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST })
public class ArticlesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final long COUNT_CAP = 100_000;

	static final int EXPORT_PAGE = 1000;

	final TextField text = new TextField();

	final ComboBox<String> topic = new ComboBox<>();

	final ComboBox<String> district = new ComboBox<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final IntegerField maxConfidence = new IntegerField();

	final Select<String> labelled = new Select<>();

	final Select<ArticleQueryService.Sort> sort = new Select<>();

	final Grid<ArticleRow> grid = new Grid<>();

	final Span count = new Span();

	final FilterPanel filters = new FilterPanel(text, topic, district, from, to, maxConfidence, labelled, sort);

	private final ArticleQueryService articles;

	private final Names names;

	private final ArticleDialogFactory dialogs;

	private final HorizontalLayout export = new HorizontalLayout();

	public ArticlesView(ArticleQueryService articles, Names names, ArticleDialogFactory dialogs) {
		this.articles = articles;
		this.names = names;
		this.dialogs = dialogs;
		setSizeFull();
		if (articles.count(ArticleFilter.any(), 1) == 0) {
			add(new EmptyState(getTranslation("articles.empty.title"), getTranslation("articles.empty.text"),
					getTranslation("articles.empty.command")));
			return;
		}
		configureFilters();
		configureGrid();
		count.setId("article-count");
		HorizontalLayout status = new HorizontalLayout(count, export);
		status.setAlignItems(FlexComponent.Alignment.CENTER);
		add(filters, status, grid);
		refresh();
	}

	/**
	 * Takes filters from the address ({@code ?topic=health&district=371502&from=2023-01-01&to=2023-01-31}), so other
	 * views (rising topics) can link to the articles behind a figure.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters q = event.getLocation().getQueryParameters();
		if (grid.getColumns().isEmpty() || q.getParameters().isEmpty()) {
			return;
		}
		q.getSingleParameter("topic").filter(t -> topic.getListDataView().contains(t)).ifPresent(topic::setValue);
		q.getSingleParameter("district").filter(d -> district.getListDataView().contains(d)).ifPresent(district::setValue);
		q.getSingleParameter("from").flatMap(ArticlesView::date).ifPresent(from::setValue);
		q.getSingleParameter("to").flatMap(ArticlesView::date).ifPresent(to::setValue);
		q.getSingleParameter("text").ifPresent(text::setValue);
	}

	private static java.util.Optional<java.time.LocalDate> date(String iso) {
		try {
			return java.util.Optional.of(java.time.LocalDate.parse(iso));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

	private void configureFilters() {
		Locale locale = getLocale();
		text.setLabel(getTranslation("articles.search"));
		text.setClearButtonVisible(true);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.setId("article-search");
		topic.setLabel(getTranslation("article.topic"));
		List<String> topics = new ArrayList<>(names.topics().all().stream().map(e -> e.topic().code()).toList());
		topics.add(Names.UNCLASSIFIED);
		topic.setItems(topics);
		topic.setItemLabelGenerator(c -> names.topic(c, locale, this::getTranslation));
		topic.setClearButtonVisible(true);
		district.setLabel(getTranslation("article.district"));
		List<String> districts = new ArrayList<>(names.districts().all().stream().map(District::code).toList());
		districts.add(Names.UNKNOWN_DISTRICT);
		district.setItems(districts);
		district.setItemLabelGenerator(c -> names.district(c, locale, this::getTranslation));
		district.setClearButtonVisible(true);
		from.setLabel(getTranslation("filter.from"));
		to.setLabel(getTranslation("filter.to"));
		WidgetTexts.datePickers(this::getTranslation, from, to);
		maxConfidence.setLabel(getTranslation("articles.maxConfidence"));
		maxConfidence.setMin(0);
		maxConfidence.setMax(100);
		maxConfidence.setSuffixComponent(new Span("%"));
		labelled.setLabel(getTranslation("articles.labelled"));
		labelled.setItems("any", "yes", "no");
		labelled.setItemLabelGenerator(v -> getTranslation("articles.labelled." + v));
		labelled.setValue("any");
		sort.setLabel(getTranslation("articles.sort"));
		sort.setItems(ArticleQueryService.Sort.values());
		sort.setItemLabelGenerator(s -> getTranslation("articles.sort." + s.name().toLowerCase(Locale.ROOT)));
		sort.setValue(ArticleQueryService.Sort.NEWEST);
		text.addValueChangeListener(e -> refresh());
		topic.addValueChangeListener(e -> refresh());
		district.addValueChangeListener(e -> refresh());
		from.addValueChangeListener(e -> refresh());
		to.addValueChangeListener(e -> refresh());
		maxConfidence.addValueChangeListener(e -> refresh());
		labelled.addValueChangeListener(e -> refresh());
		sort.addValueChangeListener(e -> refresh());
	}

	private void configureGrid() {
		Locale locale = getLocale();
		grid.setId("article-grid");
		grid.addColumn(ArticleRow::headline).setHeader(getTranslation("article.headline")).setFlexGrow(4);
		grid.addColumn(this::date).setHeader(getTranslation("article.date")).setAutoWidth(true);
		grid.addColumn(r -> names.district(r.district(), locale, this::getTranslation))
			.setHeader(getTranslation("article.district")).setAutoWidth(true).setKey("district");
		grid.addColumn(r -> topicText(r)).setHeader(getTranslation("article.topic")).setAutoWidth(true);
		grid.addColumn(r -> r.confidence() == null ? "" : Formats.percent(r.confidence()))
			.setHeader(getTranslation("article.confidence")).setAutoWidth(true).setKey("confidence");
		grid.addColumn(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::compact))
			.setHeader(getTranslation("article.headline")).setKey(NarrowColumns.KEY).setFlexGrow(1).setVisible(false);
		grid.addItemClickListener(e -> dialogs.open(e.getItem().id(), () -> grid.getDataProvider().refreshAll()));
		grid.setSizeFull();
	}

	/** On phones one column holds the whole headline with date, district and topic under it. */
	@Override
	protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
		NarrowColumns.apply(event.getUI(), grid);
	}

	private com.vaadin.flow.component.html.Div compact(ArticleRow r) {
		com.vaadin.flow.component.html.Div meta = new com.vaadin.flow.component.html.Div(date(r) + " · "
				+ names.district(r.district(), getLocale(), this::getTranslation) + " · " + topicText(r));
		meta.addClassName("meta");
		com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div(
				new com.vaadin.flow.component.html.Div(r.headline()), meta);
		box.addClassName("compact-article");
		return box;
	}

	private String date(ArticleRow r) {
		String d = Formats.date(r.date(), r.datePrecision(), getLocale());
		return d == null ? getTranslation("article.undated") : d;
	}

	private String topicText(ArticleRow r) {
		if (r.topic() == null) {
			return r.confidence() == null ? "" : getTranslation("topic.unclassified");
		}
		return names.topic(r.topic(), getLocale(), this::getTranslation) + (r.labelled() ? " ✓" : "");
	}

	ArticleFilter filter() {
		Boolean isLabelled = switch (labelled.getValue()) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> null;
		};
		return new ArticleFilter(text.getValue(), topic.getValue(), district.getValue(), from.getValue(), to.getValue(),
				maxConfidence.getValue() == null ? null : maxConfidence.getValue() / 100.0, isLabelled, null);
	}

	void refresh() {
		ArticleFilter f = filter();
		ArticleQueryService.Sort s = sort.getValue();
		grid.setItems(query -> articles.search(f, s, query.getOffset(), query.getLimit()).stream());
		long n = articles.count(f, COUNT_CAP);
		count.setText(n >= COUNT_CAP ? getTranslation("articles.count.many", COUNT_CAP) : getTranslation("articles.count", n));
		filters.summarise(summary());
		export.removeAll();
		export.add(CsvDownload.link(getTranslation("export.csv"), "articles.csv",
				List.of(getTranslation("article.id"), getTranslation("article.headline"), getTranslation("article.date"),
						getTranslation("article.district"), getTranslation("article.topic"),
						getTranslation("article.confidence"), getTranslation("articles.labelled"), getTranslation("article.source")),
				printer -> {
					for (int offset = 0;; offset += EXPORT_PAGE) {
						List<ArticleRow> page = articles.search(f, s, offset, EXPORT_PAGE);
						for (ArticleRow r : page) {
							printer.printRecord(r.id(), r.headline(), date(r),
									names.district(r.district(), getLocale(), this::getTranslation), topicText(r).replace(" ✓", ""),
									r.confidence() == null ? "" : Formats.percent(r.confidence()),
									getTranslation(r.labelled() ? "common.yes" : "common.no"), r.source());
						}
						if (page.size() < EXPORT_PAGE) {
							break;
						}
					}
				}));
	}

	private String summary() {
		List<String> parts = new ArrayList<>();
		if (!text.getValue().isBlank()) {
			parts.add("“" + text.getValue().strip() + "”");
		}
		parts.add(topic.getValue() == null ? getTranslation("filter.allTopics") : topic.getItemLabelGenerator().apply(topic.getValue()));
		parts.add(district.getValue() == null ? getTranslation("filter.allDistricts")
				: district.getItemLabelGenerator().apply(district.getValue()));
		if (from.getValue() != null || to.getValue() != null) {
			parts.add((from.getValue() == null ? "" : Formats.day(from.getValue(), getLocale())) + "–"
					+ (to.getValue() == null ? "" : Formats.day(to.getValue(), getLocale())));
		}
		parts.add(sort.getItemLabelGenerator().apply(sort.getValue()));
		return String.join(" · ", parts);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.articles") + " · " + getTranslation("app.title");
	}

}
