package com.lcnews.trends.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.springframework.util.unit.DataSize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.lcnews.trends.ingest.internal.PageDecoder;
import com.lcnews.trends.ingest.internal.PageExtractor;
import com.lcnews.trends.ingest.internal.PageExtractor.Extracted;
import com.lcnews.trends.ingest.internal.SkippedLine;
import com.lcnews.trends.shared.Article;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code extract PATH...}: prints one JSON object per article (JSON Lines) and stores nothing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = "Splits page files into articles with date and district and prints them as JSON Lines; "
				+ "stores nothing. Skipped lines and bad files are reported on stderr; exit 1 if a file was rejected.")
public class ExtractCommand implements Callable<Integer> {

	/** Jackson is loaded when the command runs, not when {@code --help} lists it. */
	private static final class Json {

		static final ObjectMapper MAPPER = JsonMapper.builder().build();

	}

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders (walked recursively).")
	List<Path> paths;

	@Mixin
	MetadataOptions metadata = new MetadataOptions();

	PrintWriter out;

	PrintWriter err;

	/** The largest page file read, as the import's default. */
	private static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(10);

	private final Supplier<IngestService> ingest;

	/**
	 * Reads pages with the bundled data and no store: opens no database, creates no folder. The gazetteer is built when
	 * the command runs, not when it is constructed, so {@code --help} stays fast.
	 */
	public ExtractCommand() {
		this.ingest = () -> new IngestService(PageExtractor.bundled(), new PageDecoder(MAX_FILE_SIZE.toBytes()), null,
				new IngestProperties(MAX_FILE_SIZE), event -> {
				}, null, null);
	}

	ExtractCommand(IngestService ingest) {
		this.ingest = () -> ingest;
	}

	@Override
	public Integer call() throws JsonProcessingException {
		PrintWriter stdout = out != null ? out : Console.stdout();
		PrintWriter stderr = err != null ? err : Console.stderr();
		int failed = 0;
		IngestService ingest = this.ingest.get();
		for (InputFiles.Entry entry : InputFiles.collect(paths)) {
			if (entry.problem() != null) {
				stderr.println("error: " + IngestService.where(entry.path()) + ": " + entry.problem());
				failed++;
				continue;
			}
			try {
				Extracted page = ingest.page(entry.path(), metadata.toMetadata());
				for (Article a : page.articles()) {
					stdout.println(Json.MAPPER.writeValueAsString(toJson(a)));
				}
				for (String w : page.warnings()) {
					stderr.println("warning: " + IngestService.where(entry.path()) + ": " + w);
				}
				for (SkippedLine s : page.skipped()) {
					stderr.println("note: " + IngestService.where(entry.path()) + ":" + s.lineNo() + " skipped (" + s.reason()
							+ "): " + s.text());
				}
			}
			catch (PageRejectedException ex) {
				stderr.println("error: " + ex.getMessage());
				failed++;
			}
		}
		stdout.flush();
		return failed == 0 ? 0 : 1;
	}

	/** The fields of one article line, in this order. */
	static Map<String, Object> toJson(Article a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("source", a.source());
		m.put("ordinal", a.ordinal());
		m.put("headline", a.headline());
		m.put("subheadline", a.subheadline());
		m.put("body", a.body());
		m.put("byline", a.byline());
		m.put("kind", a.kind().code());
		m.put("date", a.datePrecision().format(a.date()));
		m.put("datePrecision", a.datePrecision().code());
		m.put("dateEvidence", a.dateEvidence());
		m.put("district", a.districtCode());
		m.put("districtEvidence", a.districtEvidence());
		return m;
	}

}
