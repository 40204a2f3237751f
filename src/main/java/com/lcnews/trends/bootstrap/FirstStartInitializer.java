package com.lcnews.trends.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.lcnews.trends.shared.Actors;
import com.lcnews.trends.batch.BatchProgress;
import com.lcnews.trends.batch.BatchRunService;
import com.lcnews.trends.batch.ClassifyMode;
import com.lcnews.trends.batch.LabelCorrectionService;
import com.lcnews.trends.classify.training.SeedLabelMatcher;
import com.lcnews.trends.ingest.ImportReport;
import com.lcnews.trends.ingest.IngestService;
import com.lcnews.trends.ingest.PageMetadata;
import com.lcnews.trends.shared.NewsTrendsProperties;
import com.lcnews.trends.shared.SeedFolder;
import com.lcnews.trends.shared.taxonomy.Taxonomy;

/**
 * Fills an empty store from the seeds, one logged step at a time: import {@code seeds/pages}, store the seed labels,
 * classify every article with the promoted model (which also builds the rollups). A store that holds any article is
 * left alone, so a second start does nothing.
 */
@Component
@Profile("!command")
class FirstStartInitializer {

	static final String WHO = Actors.FIRST_START;

	private static final Logger log = LoggerFactory.getLogger(FirstStartInitializer.class);

	private final BootstrapProperties properties;

	private final NewsTrendsProperties folders;

	private final JdbcTemplate jdbc;

	private final IngestService ingest;

	private final SeedLabelMatcher matcher;

	private final LabelCorrectionService labels;

	private final BatchRunService batch;

	private final Taxonomy taxonomy;

	FirstStartInitializer(BootstrapProperties properties, NewsTrendsProperties folders, JdbcTemplate jdbc,
			IngestService ingest, LabelCorrectionService labels, BatchRunService batch, Taxonomy taxonomy) {
		this.properties = properties;
		this.folders = folders;
		this.jdbc = jdbc;
		this.ingest = ingest;
		this.matcher = new SeedLabelMatcher(ingest::extract);
		this.labels = labels;
		this.batch = batch;
		this.taxonomy = taxonomy;
	}

	/** After start-up (and after the model folder is registered in the store). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void onApplicationReady() {
		try {
			initializeIfEmpty();
		}
		catch (IOException | RuntimeException ex) {
			log.error("First start failed: {}; the dashboard starts with what the store holds", ex.getMessage(), ex);
		}
	}

	/** Runs the first start if it is enabled and the store is empty; returns whether it ran. */
	boolean initializeIfEmpty() throws IOException {
		if (!properties.enabled()) {
			return false;
		}
		Long articles = jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
		if (articles != null && articles > 0) {
			log.info("First start: the store already holds {} articles, nothing to do", articles);
			return false;
		}
		try (SeedFolder seeds = folders.seedsDir() != null ? SeedFolder.of(folders.seedsDir())
				: SeedFolder.bundledCopy()) {
			if (!Files.isDirectory(seeds.pages())) {
				log.warn("First start: no seed pages in {}, the store stays empty", seeds.pages().toAbsolutePath());
				return false;
			}
			ImportReport report = ingest.importPaths(List.of(seeds.pages()), PageMetadata.NONE, WHO, WHO);
			log.info("First start 1/3: imported {} seed pages: {} articles, {} lines skipped, {} files failed",
					report.files().size(), report.articlesNew(), report.linesSkipped(), report.filesFailed());
			int stored = storeSeedLabels(seeds);
			log.info("First start 2/3: stored {} seed labels", stored);
		}
		// the import may have started a run that is already done: this run then finds nothing left to do
		BatchProgress progress = batch.isRunning() ? awaitRun() : batch.run(ClassifyMode.MISSING, WHO);
		Long classified = jdbc.queryForObject("SELECT COUNT(*) FROM classification WHERE model_version = ?",
				Long.class, progress.modelVersion());
		log.info("First start 3/3: {} articles classified with model {}, rollups built (last run {})", classified,
				progress.modelVersion(), progress.state());
		return true;
	}

	/** Waits for the classification the import started (labels stored meanwhile are counted by it). */
	private BatchProgress awaitRun() {
		while (batch.isRunning()) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return batch.progress();
	}

	private int storeSeedLabels(SeedFolder seeds) throws IOException {
		Path file = seeds.labels();
		if (!Files.isRegularFile(file)) {
			log.warn("First start: no seed label file {}", file.toAbsolutePath());
			return 0;
		}
		SeedLabelMatcher.Result result = matcher.match(file, seeds.pages(), code -> taxonomy.current().find(code).isPresent());
		result.unmatched().forEach(m -> log.warn("First start: seed label not applied: {}", m));
		int stored = 0;
		for (SeedLabelMatcher.Match match : result.matches()) {
			List<Long> ids = jdbc.queryForList("SELECT id FROM article WHERE source_file = ? AND ordinal = ?", Long.class,
					match.article().source(), match.article().ordinal());
			if (ids.isEmpty()) {
				log.warn("First start: {} names {} #{} which was not stored", match.origin(), match.article().source(),
						match.article().ordinal());
				continue;
			}
			labels.label(ids.get(0), match.topic(), Actors.SEED, "seed");
			stored++;
		}
		return stored;
	}

}
