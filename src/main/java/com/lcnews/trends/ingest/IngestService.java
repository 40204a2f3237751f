package com.lcnews.trends.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.lcnews.trends.ingest.ImportReport.FileResult;
import com.lcnews.trends.ingest.ImportReport.Skipped;
import com.lcnews.trends.ingest.internal.ArticleStore;
import com.lcnews.trends.ingest.internal.ArticleStore.PageSource;
import com.lcnews.trends.ingest.internal.ArticleStore.Stored;
import com.lcnews.trends.ingest.internal.BadPageException;
import com.lcnews.trends.ingest.internal.PageDecoder;
import com.lcnews.trends.ingest.internal.PageExtractor;
import com.lcnews.trends.ingest.internal.PageExtractor.Extracted;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticlesImported;
import com.lcnews.trends.shared.District;
import com.lcnews.trends.shared.DistrictCatalog;
import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.audit.AuditLog;

/**
 * Turns page files into articles with kind, date and district ({@link #extract}) and stores them ({@link #importPaths},
 * {@link #importPages}). A bad file (empty, binary, undecodable, over the size limit) is reported with its name and
 * reason and the rest of the batch goes on. Each page is stored in its own transaction; an article already stored
 * (same content hash) is counted as known and not stored again. Thread-safe.
 */
@Service
public class IngestService {

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

	/** Receives progress of an import: files done so far, of how many, and the current file. */
	@FunctionalInterface
	interface Progress {

		void update(int done, int total, String file);

	}

	private final PageExtractor extractor;

	private final PageDecoder decoder;

	private final ArticleStore store;

	private final long maxBytes;

	private final Set<String> knownDistricts;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	IngestService(PageExtractor extractor, PageDecoder decoder, ArticleStore store, IngestProperties properties,
			ApplicationEventPublisher events, AuditLog audit) {
		this.events = events;
		this.audit = audit;
		this.extractor = extractor;
		this.decoder = decoder;
		this.store = store;
		this.maxBytes = properties.maxFileSize().toBytes();
		this.knownDistricts = DistrictCatalog.bundled()
			.all()
			.stream()
			.map(District::code)
			.filter(c -> !c.equals(District.NOT_LOCAL))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The articles of one page file, in page order, with ids null; nothing is stored. A sidecar next to the file
	 * ({@code name.meta.properties}) supplies metadata.
	 * @throws PageRejectedException naming the file and the reason when it cannot be read as page text
	 */
	public List<Article> extract(Path file) {
		return extract(file, PageMetadata.NONE);
	}

	/**
	 * As {@link #extract(Path)}, with metadata for the page; the sidecar's values win over {@code meta}.
	 * @throws PageRejectedException naming the file and the reason when it cannot be read as page text
	 */
	public List<Article> extract(Path file, PageMetadata meta) {
		return page(file, meta).articles();
	}

	Extracted page(Path file, PageMetadata defaults) {
		return page(file.getFileName().toString(), read(file), metadataOf(file, defaults));
	}

	private Extracted page(String name, byte[] bytes, PageMetadata meta) {
		if (meta.homeDistrict() != null && !knownDistricts.contains(meta.homeDistrict())) {
			throw new PageRejectedException(name + ": unknown home district code '" + meta.homeDistrict() + "'");
		}
		String text;
		try {
			text = decoder.decode(bytes).text();
		}
		catch (BadPageException ex) {
			throw new PageRejectedException(name + ": " + ex.getMessage(), ex);
		}
		return extractor.extract(name, text, meta.issueDate(), meta.homeDistrict());
	}

	/**
	 * Imports page files and folders (walked recursively) as one import run.
	 * @param meta metadata for every page; a page's sidecar file wins over it
	 * @param origin what started the import: {@code cli}, {@code dashboard}, {@code first-start}
	 * @param user who started it, or null
	 */
	public ImportReport importPaths(List<Path> paths, PageMetadata meta, String origin, String user) {
		return importPaths(paths, meta, origin, user, (done, total, file) -> {
		});
	}

	ImportReport importPaths(List<Path> paths, PageMetadata meta, String origin, String user, Progress progress) {
		List<InputFiles.Entry> entries = InputFiles.collect(paths);
		long runId = store.startRun(origin, user);
		List<FileResult> results = new ArrayList<>();
		for (InputFiles.Entry entry : entries) {
			progress.update(results.size(), entries.size(), entry.path().toString());
			String name = entry.path().getFileName() == null ? entry.path().toString() : entry.path().getFileName().toString();
			FileResult result;
			if (entry.problem() != null) {
				result = FileResult.failed(entry.path().toString(), entry.problem());
			}
			else {
				result = importOne(runId, name, () -> read(entry.path()), () -> metadataOf(entry.path(), meta));
			}
			record(runId, result);
			results.add(result);
		}
		progress.update(results.size(), entries.size(), null);
		return finish(runId, results, user);
	}

	/**
	 * Imports pages uploaded into memory (the dashboard's upload) as one import run with origin {@code dashboard}.
	 * Files over the configured size limit are rejected one by one.
	 */
	public ImportReport importPages(List<NamedInput> files, PageMetadata meta, String user) {
		long runId = store.startRun("dashboard", user);
		List<FileResult> results = new ArrayList<>();
		for (NamedInput file : files) {
			FileResult result = importOne(runId, file.name(), file::content, () -> meta);
			record(runId, result);
			results.add(result);
		}
		return finish(runId, results, user);
	}

	private interface Source<T> {

		T get();

	}

	private FileResult importOne(long runId, String name, Source<byte[]> bytes, Source<PageMetadata> meta) {
		try {
			PageMetadata m = meta.get();
			Extracted page = page(name, bytes.get(), m);
			Stored stored = store.storePage(runId, new PageSource(name, m.publication(), m.issueDate(), m.pageNo()),
					page.articles(), page.hashes(), page.skipped());
			List<Skipped> skipped = page.skipped().stream().map(s -> new Skipped(s.lineNo(), s.reason(), s.text())).toList();
			return new FileResult(name, null, stored.articlesNew(), stored.articlesKnown(), skipped);
		}
		catch (PageRejectedException ex) {
			return FileResult.failed(name, stripName(name, ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.warn("Import of {} failed", name, ex);
			return FileResult.failed(name, "not stored: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private void record(long runId, FileResult result) {
		if (result.failed()) {
			log.warn("{}: {}", result.file(), result.error());
			store.recordError(runId, result.file(), result.error());
		}
	}

	private ImportReport finish(long runId, List<FileResult> results, String user) {
		ImportReport report = new ImportReport(runId, results);
		String json;
		try {
			json = JSON.writeValueAsString(report);
		}
		catch (JsonProcessingException ex) {
			json = null;
		}
		store.finishRun(runId, results.size(), report.filesFailed(), report.articlesNew(), report.articlesKnown(),
				report.linesSkipped(), json);
		audit.record(AuditAction.IMPORT, user, "import:" + runId, Map.of("files", results.size(), "new",
				report.articlesNew(), "known", report.articlesKnown(), "failed", report.filesFailed()));
		if (report.articlesNew() > 0) {
			events.publishEvent(new ArticlesImported(runId, report.articlesNew(), user));
		}
		return report;
	}

	private byte[] read(Path file) {
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				throw new PageRejectedException(file.getFileName() + ": file has " + size + " bytes, over the limit of "
						+ maxBytes);
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new PageRejectedException(file + ": cannot read: " + ex.getMessage(), ex);
		}
	}

	private static PageMetadata metadataOf(Path file, PageMetadata defaults) {
		try {
			return PageMetadata.readSidecar(file).orElse(defaults);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new PageRejectedException(file.getFileName() + ": bad metadata sidecar: " + ex.getMessage(), ex);
		}
	}

	private static String stripName(String name, String message) {
		return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
	}

}
