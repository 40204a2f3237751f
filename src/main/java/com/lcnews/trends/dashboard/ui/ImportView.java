package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.MultipartConfigElement;

import com.lcnews.trends.ingest.ImportPage;
import com.lcnews.trends.ingest.ImportReport;
import com.lcnews.trends.ingest.IngestProperties;
import com.lcnews.trends.ingest.IngestService;
import com.lcnews.trends.ingest.NamedInput;
import com.lcnews.trends.ingest.PageAnswer;
import com.lcnews.trends.ingest.PageAnswerService;
import com.lcnews.trends.ingest.PageMetadata;
import com.lcnews.trends.shared.ClassificationRunningException;
import com.lcnews.trends.shared.District;
import com.lcnews.trends.shared.security.CurrentUser;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.MainLayout;

/**
 * Administrators upload page files (size-limited), optionally with page metadata, and see the import report with,
 * per page, how many articles lack a date or a district; for such a page (just imported or listed under the pages to
 * complete) they give the issue date and home district in one step, which completes those articles.
 */
@Route(value = "import", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

	final TextField publication = new TextField();

	final ComboBox<String> homeDistrict = new ComboBox<>();

	final DatePicker issueDate = new DatePicker();

	final TextField pageNo = new TextField();

	final Upload upload;

	final Button importButton = new Button();

	final Grid<ImportReport.FileResult> report = new Grid<>();

	final Paragraph summary = new Paragraph();

	final Grid<ImportPage> gaps = new Grid<>();

	final Paragraph noGaps = new Paragraph();

	private final List<NamedInput> received = new ArrayList<>();

	private final IngestService ingest;

	private final PageAnswerService answers;

	private final Names names;

	public ImportView(IngestService ingest, PageAnswerService answers, IngestProperties properties, Names names,
			ObjectProvider<MultipartConfigElement> multipart) {
		this.ingest = ingest;
		this.answers = answers;
		this.names = names;
		long maxBytes = UploadLimit.bytes(properties.maxFileSize().toBytes(), multipart.getIfAvailable());
		String limit = UploadLimit.text(maxBytes);
		upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received.add(new NamedInput(meta.fileName(), bytes))));
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
		upload.setI18n(UploadLimit.i18n(this::getTranslation, limit));
		upload.addFileRejectedListener(e -> Notification.show(getTranslation("upload.rejected", e.getFileName(),
				e.getErrorMessage()), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
		upload.setAcceptedFileTypes(".txt", "text/plain");
		upload.setId("page-upload");
		upload.addFileRemovedListener(e -> received.removeIf(f -> f.name().equals(e.getFileName())));
		publication.setLabel(getTranslation("import.publication"));
		homeDistrict.setLabel(getTranslation("import.homeDistrict"));
		homeDistrict.setHelperText(getTranslation("import.homeDistrict.help"));
		homeDistrict.setItems(names.districts().counties().stream().map(District::code).toList());
		homeDistrict.setItemLabelGenerator(c -> names.district(c, getLocale(), this::getTranslation));
		homeDistrict.setClearButtonVisible(true);
		issueDate.setLabel(getTranslation("import.issueDate"));
		WidgetTexts.datePickers(this::getTranslation, issueDate);
		pageNo.setLabel(getTranslation("import.pageNo"));
		importButton.setText(getTranslation("import.start"));
		importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		importButton.setId("start-import");
		importButton.addClickListener(e -> runImport());
		configureReport();
		HorizontalLayout meta = new HorizontalLayout(publication, homeDistrict, issueDate, pageNo);
		meta.setAlignItems(FlexComponent.Alignment.BASELINE);
		meta.setWrap(true);
		configureGaps();
		add(new Paragraph(getTranslation("import.explain", limit)), upload, meta, importButton, summary,
				report, new H3(getTranslation("import.gaps")), new Paragraph(getTranslation("import.gaps.explain")), noGaps,
				gaps);
		refreshGaps();
	}

	private void configureGaps() {
		gaps.setId("pages-to-complete");
		gaps.addColumn(ImportPage::file).setHeader(getTranslation("import.file")).setFlexGrow(3)
			.setTooltipGenerator(ImportPage::where);
		gaps.addColumn(ImportPage::articles).setHeader(getTranslation("import.page.articles")).setAutoWidth(true);
		gaps.addColumn(ImportPage::undated).setHeader(getTranslation("import.undated")).setAutoWidth(true);
		gaps.addColumn(ImportPage::unplaced).setHeader(getTranslation("import.unplaced")).setAutoWidth(true);
		gaps.addComponentColumn(p -> answerButton(p.id(), p.file(), p.undated(), p.unplaced())).setAutoWidth(true);
		gaps.setAllRowsVisible(true);
		noGaps.setText(getTranslation("import.gaps.none"));
	}

	void refreshGaps() {
		List<ImportPage> pages = answers.pagesWithGaps(50);
		gaps.setItems(pages);
		gaps.setVisible(!pages.isEmpty());
		noGaps.setVisible(pages.isEmpty());
	}

	private Button answerButton(long pageId, String where, int undated, int unplaced) {
		Button b = new Button(getTranslation("import.answer"), e -> openAnswer(pageId, where, undated, unplaced));
		b.addThemeVariants(ButtonVariant.LUMO_SMALL);
		b.setId("answer-" + pageId);
		return b;
	}

	/** The one-step answer for a page: its issue date and home district. */
	Dialog openAnswer(long pageId, String where, int undated, int unplaced) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("import.answer.title", where));
		DatePicker date = new DatePicker(getTranslation("import.issueDate"));
		WidgetTexts.datePickers(this::getTranslation, date);
		date.setId("answer-issue-date");
		ComboBox<String> home = new ComboBox<>(getTranslation("import.homeDistrict"));
		home.setItems(names.districts().counties().stream().map(District::code).toList());
		home.setItemLabelGenerator(c -> names.district(c, getLocale(), this::getTranslation));
		home.setClearButtonVisible(true);
		VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("import.answer.explain", undated, unplaced)),
				date, home);
		body.setPadding(false);
		dialog.add(body);
		Button save = new Button(getTranslation("import.answer.save"), e -> {
			if (date.getValue() == null && home.getValue() == null) {
				Notification.show(getTranslation("import.answer.empty"));
				return;
			}
			if (answer(pageId, date.getValue(), home.getValue())) {
				dialog.close();
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("answer-save");
		dialog.getFooter().add(new Button(getTranslation("import.answer.cancel"), e -> dialog.close()), save);
		add(dialog);
		dialog.open();
		return dialog;
	}

	/** Gives a page its issue date and home district; tells the user what changed, or why nothing did. */
	boolean answer(long pageId, java.time.LocalDate issueDate, String homeDistrict) {
		try {
			PageAnswer a = answers.answer(pageId, issueDate, homeDistrict, CurrentUser.name().orElse("dashboard"));
			Notification.show(getTranslation("import.answer.done", a.redated(), a.placed()))
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			refreshGaps();
			return true;
		}
		catch (ClassificationRunningException ex) {
			Notification.show(getTranslation("import.answer.busy")).addThemeVariants(NotificationVariant.LUMO_WARNING);
		}
		catch (IllegalArgumentException ex) {
			Notification.show(getTranslation("import.answer.failed", ex.getMessage()))
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		return false;
	}

	private void configureReport() {
		report.setId("import-report");
		report.addColumn(ImportReport.FileResult::file).setHeader(getTranslation("import.file")).setAutoWidth(true);
		report.addColumn(ImportReport.FileResult::articlesNew).setHeader(getTranslation("import.new"));
		report.addColumn(ImportReport.FileResult::articlesKnown).setHeader(getTranslation("import.known"));
		report.addColumn(r -> r.skipped().size()).setHeader(getTranslation("import.skipped"));
		report.addColumn(ImportReport.FileResult::undated).setHeader(getTranslation("import.undated"));
		report.addColumn(ImportReport.FileResult::unplaced).setHeader(getTranslation("import.unplaced"));
		report.addColumn(r -> r.error() != null ? r.error() : String.join("; ", r.warnings()))
			.setHeader(getTranslation("import.error"))
			.setFlexGrow(3);
		report.addComponentColumn(r -> r.hasGaps() && r.pageId() > 0
				? answerButton(r.pageId(), java.nio.file.Path.of(r.file()).getFileName().toString(), r.undated(), r.unplaced())
				: new com.vaadin.flow.component.html.Span())
			.setAutoWidth(true);
		report.setAllRowsVisible(true);
		report.setVisible(false);
	}

	void runImport() {
		if (received.isEmpty()) {
			summary.setText(getTranslation("import.nothing"));
			return;
		}
		PageMetadata meta = new PageMetadata(blankToNull(publication.getValue()), homeDistrict.getValue(),
				issueDate.getValue(), blankToNull(pageNo.getValue()));
		ImportReport result = ingest.importPages(List.copyOf(received), meta, CurrentUser.name().orElse("dashboard"));
		received.clear();
		upload.clearFileList();
		summary.setText(getTranslation("import.summary", result.files().size(), result.articlesNew(),
				result.articlesKnown(), result.linesSkipped(), result.filesFailed()));
		report.setItems(result.files());
		report.setVisible(true);
		refreshGaps();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.import") + " · " + getTranslation("app.title");
	}

}
