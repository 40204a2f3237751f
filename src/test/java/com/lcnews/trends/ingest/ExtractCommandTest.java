package com.lcnews.trends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.ingest.internal.PageDecoder;
import com.lcnews.trends.ingest.internal.PageExtractor;

import picocli.CommandLine;

/** The extract command prints one JSON object per article with exactly the agreed fields, and stores nothing. */
class ExtractCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final IngestService ingest = new IngestService(PageExtractor.bundled(), new PageDecoder(1 << 20), null,
			new IngestProperties(DataSize.ofMegabytes(1)), event -> {
			}, null, null);

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@TempDir
	Path dir;

	private int run(String... args) {
		ExtractCommand command = new ExtractCommand(ingest);
		command.out = new PrintWriter(out, true);
		command.err = new PrintWriter(err, true);
		return new CommandLine(command).execute(args);
	}

	private List<JsonNode> lines() throws IOException {
		List<JsonNode> nodes = new ArrayList<>();
		for (String line : out.toString().lines().toList()) {
			nodes.add(JSON.readTree(line));
		}
		return nodes;
	}

	@Test
	void printsOneJsonObjectPerArticleWithExactlyTheAgreedFields() throws IOException {
		assertThat(run("seeds/pages/000_b3a861340e6600c5.txt")).isZero();
		List<JsonNode> articles = lines();
		assertThat(articles).hasSize(12);
		List<String> fields = new ArrayList<>();
		for (Iterator<String> it = articles.get(1).fieldNames(); it.hasNext();) {
			fields.add(it.next());
		}
		assertThat(fields).containsExactly("source", "ordinal", "headline", "subheadline", "body", "byline", "kind", "date",
				"datePrecision", "dateEvidence", "district", "districtEvidence");
		JsonNode second = articles.get(1);
		assertThat(second.get("source").asText()).isEqualTo("000_b3a861340e6600c5.txt");
		assertThat(second.get("ordinal").asInt()).isEqualTo(2);
		assertThat(second.get("date").asText()).isEqualTo("2021-06-10");
		assertThat(second.get("datePrecision").asText()).isEqualTo("day");
		assertThat(second.get("district").asText()).isEqualTo("3715");
		assertThat(articles.get(2).get("subheadline").isNull()).isTrue();
	}

	@Test
	void coarseDatesArePrintedAtTheirPrecisionAndUnknownOnesAsNull() throws IOException {
		assertThat(run("seeds/pages/001_135848705475fdba.txt", "seeds/pages/004_44f3449805548687.txt")).isZero();
		List<JsonNode> articles = lines();
		assertThat(articles.get(1).get("date").asText()).isEqualTo("2020-07");
		assertThat(articles.get(1).get("datePrecision").asText()).isEqualTo("month");
		assertThat(articles.get(16).get("date").isNull()).isTrue();
		assertThat(articles.get(16).get("datePrecision").asText()).isEqualTo("unknown");
	}

	@Test
	void aBadFileIsReportedOnStderrAndTheOthersAreStillPrinted() throws IOException {
		Path binary = dir.resolve("scan.pdf");
		Files.write(binary, new byte[] { '%', 'P', 'D', 'F', 0, 1, 2, 3 });
		int exit = run(binary.toString(), "seeds/pages/004_44f3449805548687.txt");
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString()).contains("scan.pdf").contains("binary");
		assertThat(lines()).hasSize(5);
	}

	@Test
	void metadataOptionsResolveRelativeDatesAndTheHomeDistrict() throws IOException {
		assertThat(run("--issue-date=2022-11-21", "--home-district=371502", "seeds/pages/002_954b6e3d85499b76.txt")).isZero();
		List<JsonNode> articles = lines();
		assertThat(articles.get(0).get("date").asText()).isEqualTo("2022-11-16");
		assertThat(articles.get(10).get("district").asText()).isEqualTo("371502");
	}

	@Test
	void anUnknownHomeDistrictCodeIsRejectedWithTheFileName() {
		assertThat(run("--home-district=999999", "seeds/pages/002_954b6e3d85499b76.txt")).isEqualTo(1);
		assertThat(err.toString()).contains("002_954b6e3d85499b76.txt").contains("999999");
	}

	@Test
	void aSidecarFileGivesThePageItsIssueDateAndHomeDistrict() throws IOException {
		Path page = dir.resolve("page.txt");
		Files.copy(Path.of("seeds/pages/002_954b6e3d85499b76.txt"), page);
		Files.writeString(dir.resolve("page.meta.properties"), "issue_date=2022-11-21\nhome_district=371502\npage=A02\n");
		assertThat(run(dir.toString())).isZero();
		List<JsonNode> articles = lines();
		assertThat(articles).hasSize(12);
		assertThat(articles.get(8).get("date").asText()).isEqualTo("2022-11");
		assertThat(articles.get(8).get("dateEvidence").asText()).contains("近日").contains("2022-11-21");
	}

	@Test
	void aMalformedSidecarIsReportedWithItsFile() throws IOException {
		Path page = dir.resolve("page.txt");
		Files.copy(Path.of("seeds/pages/004_44f3449805548687.txt"), page);
		Files.writeString(dir.resolve("page.meta.properties"), "publication=某日报\nissue_date=10.6.2021\n");
		assertThat(run(page.toString())).isEqualTo(1);
		assertThat(err.toString()).contains(dir.resolve("page.meta.properties").toAbsolutePath() + ":2:")
			.contains("issue_date");
	}

	@Test
	void aPageWithoutChineseIsReportedWithItsFullPathAndTheOthersStillPrinted() throws IOException {
		Path english = dir.resolve("english.txt");
		Files.writeString(english, "City council meets on Monday.\n");
		assertThat(run(english.toString(), "seeds/pages/004_44f3449805548687.txt")).isEqualTo(1);
		assertThat(err.toString()).contains(english.toAbsolutePath().toString()).contains("no Chinese characters");
		assertThat(lines()).hasSize(5);
	}

}
