package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.ingest.ImportReport;
import com.lcnews.trends.ingest.IngestProperties;
import com.lcnews.trends.ingest.IngestService;
import com.lcnews.trends.ingest.NamedInput;
import com.lcnews.trends.ingest.PageMetadata;
import com.lcnews.trends.shared.District;
import com.lcnews.trends.shared.security.CurrentUser;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.MainLayout;

/** Administrators upload page files (size-limited), optionally with page metadata, and see the import report. */
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

	private final List<NamedInput> received = new ArrayList<>();

	private final IngestService ingest;

	public ImportView(IngestService ingest, IngestProperties properties, Names names) {
		this.ingest = ingest;
		long maxBytes = properties.maxFileSize().toBytes();
		upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received.add(new NamedInput(meta.fileName(), bytes))));
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
		upload.setAcceptedFileTypes(".txt", "text/plain");
		upload.setId("page-upload");
		WidgetTexts.upload(upload, this::getTranslation);
		upload.addFileRemovedListener(e -> received.removeIf(f -> f.name().equals(e.getFileName())));
		publication.setLabel(getTranslation("import.publication"));
		homeDistrict.setLabel(getTranslation("import.homeDistrict"));
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
		add(new Paragraph(getTranslation("import.explain", maxBytes / (1024 * 1024))), upload, meta, importButton, summary,
				report);
	}

	private void configureReport() {
		report.setId("import-report");
		report.addColumn(ImportReport.FileResult::file).setHeader(getTranslation("import.file")).setAutoWidth(true);
		report.addColumn(ImportReport.FileResult::articlesNew).setHeader(getTranslation("import.new"));
		report.addColumn(ImportReport.FileResult::articlesKnown).setHeader(getTranslation("import.known"));
		report.addColumn(r -> r.skipped().size()).setHeader(getTranslation("import.skipped"));
		report.addColumn(r -> r.error() == null ? "" : r.error()).setHeader(getTranslation("import.error")).setFlexGrow(3);
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
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.import") + " · " + getTranslation("app.title");
	}

}
