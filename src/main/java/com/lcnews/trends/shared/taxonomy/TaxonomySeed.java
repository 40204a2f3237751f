package com.lcnews.trends.shared.taxonomy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

import com.lcnews.trends.shared.NewsTrendsProperties;
import com.lcnews.trends.shared.SeedFolder;
import com.lcnews.trends.shared.TopicCatalog;

/**
 * Fills the empty topic table, once, from the taxonomy file: the {@code topics.csv} of {@code newstrends.seeds-dir}
 * when set, else the one bundled in the application. Two processes filling it at once: the second finds it filled.
 */
final class TaxonomySeed {

	private static final Logger log = LoggerFactory.getLogger(TaxonomySeed.class);

	private final TopicRows rows;

	private final NewsTrendsProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	TaxonomySeed(TopicRows rows, NewsTrendsProperties properties, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.rows = rows;
		this.properties = properties;
		this.events = events;
		this.transactions = transactions;
	}

	/** Fills the table if it is empty, in one transaction; each topic added is announced as a {@link TopicChanged}. */
	void fill() {
		TopicCatalog file = read();
		try {
			transactions.executeWithoutResult(status -> {
				if (rows.count() > 0) {
					return;
				}
				Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
				for (TopicCatalog.Entry entry : file.all()) {
					rows.insert(entry, Taxonomy.SEED, now);
					events.publishEvent(new TopicChanged(Set.of(TopicChanged.Change.ADDED), entry.topic().code(), null,
							entry, Taxonomy.SEED, now));
				}
				log.info("Taxonomy: the topic table was empty; filled with the {} topics of {}", file.all().size(), name());
			});
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Taxonomy: another process filled the topic table meanwhile");
		}
	}

	private TopicCatalog read() {
		if (properties.seedsDir() != null) {
			Path file = SeedFolder.of(properties.seedsDir()).topics();
			try {
				return TopicCatalog.read(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the taxonomy " + file.toAbsolutePath()
						+ " (newstrends.seeds-dir) to fill the empty topic table", ex);
			}
		}
		try (Reader reader = SeedFolder.bundledTopics()) {
			return TopicCatalog.parse(reader, SeedFolder.BUNDLED + "topics.csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled taxonomy", ex);
		}
	}

	private String name() {
		return properties.seedsDir() != null ? SeedFolder.of(properties.seedsDir()).topics().toAbsolutePath().toString()
				: SeedFolder.BUNDLED + "topics.csv";
	}

}
