package com.lcnews.trends.dashboard.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A link that streams a CSV file: UTF-8 with a byte-order mark so Excel opens Chinese correctly, every row written
 * (nothing capped), produced when the user clicks, not before. Text cells that a spreadsheet would run as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, article text included) are
 * written with a leading apostrophe; numbers stay numbers.
 */
final class CsvDownload {

	/** Writes the data rows of a CSV file. */
	@FunctionalInterface
	interface Rows {

		void write(Printer printer) throws IOException;

	}

	/** Prints records like {@link CSVPrinter}, neutralising formula-like text cells. */
	static final class Printer {

		private final CSVPrinter csv;

		private Printer(CSVPrinter csv) {
			this.csv = csv;
		}

		void printRecord(Object... values) throws IOException {
			printRecord(Arrays.asList(values));
		}

		void printRecord(Iterable<?> values) throws IOException {
			List<Object> safe = new ArrayList<>();
			values.forEach(v -> safe.add(cell(v)));
			csv.printRecord(safe);
		}

		void printRecords(Iterable<? extends Iterable<?>> records) throws IOException {
			for (Iterable<?> record : records) {
				printRecord(record);
			}
		}

	}

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)*([eE][-+]?\\d+)?%?");

	private CsvDownload() {
	}

	static Anchor link(String label, String fileName, List<String> header, Rows rows) {
		DownloadHandler handler = event -> {
			event.setFileName(fileName);
			event.setContentType("text/csv;charset=UTF-8");
			write(header, rows, new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
		};
		Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
		anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
		anchor.add(" " + label);
		anchor.addClassName("csv-link");
		return anchor;
	}

	/** Writes the whole file (byte-order mark, header, rows) and closes the writer. */
	static void write(List<String> header, Rows rows, Writer writer) throws IOException {
		writer.write('\uFEFF');
		String[] names = header.stream().map(h -> String.valueOf(cell(h))).toArray(String[]::new);
		try (CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(names).get().print(writer)) {
			rows.write(new Printer(printer));
		}
	}

	/** A cell value as written: text a spreadsheet would evaluate gets a leading apostrophe. */
	static Object cell(Object value) {
		if (!(value instanceof CharSequence) && !(value instanceof Enum<?>)) {
			return value;
		}
		String text = value.toString();
		if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
			return value;
		}
		return "'" + text;
	}

}
