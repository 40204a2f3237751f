package com.lcnews.trends.dashboard.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A link that streams a CSV file: UTF-8 with a byte-order mark so Excel opens Chinese correctly, every row written
 * (nothing capped), produced when the user clicks, not before.
 */
final class CsvDownload {

	/** Writes the data rows of a CSV file. */
	@FunctionalInterface
	interface Rows {

		void write(CSVPrinter printer) throws IOException;

	}

	private CsvDownload() {
	}

	static Anchor link(String label, String fileName, List<String> header, Rows rows) {
		DownloadHandler handler = event -> {
			event.setFileName(fileName);
			event.setContentType("text/csv;charset=UTF-8");
			Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			try (CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get()
				.print(writer)) {
				rows.write(printer);
			}
		};
		Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
		anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
		anchor.add(" " + label);
		anchor.addClassName("csv-link");
		return anchor;
	}

}
