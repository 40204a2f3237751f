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
import com.lcnews.trends.ingest.internal.PageHints;
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

	/** District codes a page's home district may have. */
	static final Set<String> KNOWN_DISTRICTS = DistrictCatalog.bundled()
		.all()
		.stream()
		.map(District::code)
		.filter(c -> !c.equals(District.NOT_LOCAL))
		.collect(Collectors.toUnmodifiableSet());

	private final ApplicationEventPublisher events;

	private final PageAnswerService answers;

	private final AuditLog audit;

	IngestService(PageExtractor extractor, PageDecoder decoder, ArticleStore store, IngestProperties properties,
			ApplicationEventPublisher events, PageAnswerService answers, AuditLog audit) {
		this.events = events;
		this.audit = audit;
		this.extractor = extractor;
		this.decoder = decoder;
		this.store = store;
		this.maxBytes = properties.maxFileSize().toBytes();
		this.answers = answers;
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
		return page(where(file), read(file), metadataOf(file, defaults), fileName(file));
	}

	private Extracted page(String where, byte[] bytes, PageMetadata meta, String name) {
		if (meta.homeDistrict() != null && !KNOWN_DISTRICTS.contains(meta.homeDistrict())) {
			throw new PageRejectedException(where + ": unknown home district code '" + meta.homeDistrict() + "'");
		}
		String text;
		try {
			text = decoder.decode(bytes).text();
		}
		catch (BadPageException ex) {
			throw new PageRejectedException(where + ": " + ex.getMessage(), ex);
		}
		return extractor.extract(name, text,
				new PageHints(meta.issueDate(), meta.homeDistrict(), meta.publication(), where));
	}

	/** The full path of a file, as messages name it. */
	static String where(Path file) {
		return file.toAbsolutePath().normalize().toString();
	}

	private static String fileName(Path file) {
		return file.getFileName() == null ? file.toString() : file.getFileName().toString();
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
		try (var alive = store.holdRun(runId)) {
			for (InputFiles.Entry entry : entries) {
				String where = where(entry.path());
				progress.update(results.size(), entries.size(), where);
				FileResult result;
				if (entry.problem() != null) {
					result = FileResult.failed(where, entry.problem());
				}
				else {
					result = importOne(runId, fileName(entry.path()), where, () -> read(entry.path()),
							() -> metadataOf(entry.path(), meta), user);
				}
				record(runId, result);
				results.add(result);
			}
		}
		progress.update(results.size(), entries.size(), null);
		return finish(runId, results, user);
	}

	/**
	 * Imports pages uploaded into memory (the dashboard's upload) as one import run with origin {@code dashboard}.
	 * Files over the configured size limit are rejected one by one.
	 */
	public ImportReport importPages(List<NamedInput> files, PageMetadata meta, String user) {
		return importPages(files, meta, "dashboard", user);
	}

	/** As {@link #importPages(List, PageMetadata, String)}, for another origin (e.g. {@code api}). */
	public ImportReport importPages(List<NamedInput> files, PageMetadata meta, String origin, String user) {
		long runId = store.startRun(origin, user);
		List<FileResult> results = new ArrayList<>();
		try (var alive = store.holdRun(runId)) {
			for (NamedInput file : files) {
				FileResult result = importOne(runId, file.name(), null, file::content, () -> meta, user);
				record(runId, result);
				results.add(result);
			}
		}
		return finish(runId, results, user);
	}

	private interface Source<T> {

		T get();

	}

	/**
	 * Imports one page. When the metadata gives an issue date or home district and the page's articles were already
	 * stored without a date or district (an earlier import), they are re-dated and placed as if answered on the
	 * dashboard.
	 * @param path the full path, or null for an upload
	 */
	private FileResult importOne(long runId, String name, String path, Source<byte[]> bytes, Source<PageMetadata> meta,
			String user) {
		String where = path != null ? path : name;
		try {
			PageMetadata m = meta.get();
			Extracted page = page(where, bytes.get(), m, name);
			Stored stored = store.storePage(runId, new PageSource(name, m.publication(), m.issueDate(), m.pageNo(), path,
					m.homeDistrict()), page.articles(), page.hashes(), page.skipped());
			List<String> warnings = new ArrayList<>(page.warnings());
			int undated = stored.undated();
			int unplaced = stored.unplaced();
			if ((undated > 0 || unplaced > 0) && stored.articlesKnown() > 0
					&& (m.issueDate() != null && page.warnings().isEmpty() || m.homeDistrict() != null)) {
				try {
					PageAnswer answer = answers.answer(stored.pageId(), page.warnings().isEmpty() ? m.issueDate() : null,
							m.homeDistrict(), user);
					undated = answer.page().undated();
					unplaced = answer.page().unplaced();
				}
				catch (RuntimeException ex) {
					warnings.add("articles stored earlier were not re-dated: " + ex.getMessage());
				}
			}
			List<Skipped> skipped = page.skipped().stream().map(s -> new Skipped(s.lineNo(), s.reason(), s.text())).toList();
			return new FileResult(where, null, stored.articlesNew(), stored.articlesKnown(), skipped, stored.pageId(),
					undated, unplaced, warnings);
		}
		catch (PageRejectedException ex) {
			return FileResult.failed(where, stripName(where, ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.warn("Import of {} failed", where, ex);
			return FileResult.failed(where, "not stored: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private void record(long runId, FileResult result) {
		if (result.failed()) {
			log.warn("{}: {}", result.file(), result.error());
			store.recordError(runId, result.file(), result.error());
		}
		for (String w : result.warnings()) {
			log.warn("{}: {}", result.file(), w);
			store.recordWarning(runId, result.file(), w);
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
				throw new PageRejectedException(where(file) + ": file has " + size + " bytes, over the limit of " + maxBytes);
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new PageRejectedException(where(file) + ": cannot read: " + ex.getMessage(), ex);
		}
	}

	private static PageMetadata metadataOf(Path file, PageMetadata defaults) {
		try {
			return PageMetadata.readSidecar(file).orElse(defaults);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new PageRejectedException(where(file) + ": bad metadata sidecar: " + ex.getMessage(), ex);
		}
	}

	private static String stripName(String name, String message) {
		return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
	}

}
