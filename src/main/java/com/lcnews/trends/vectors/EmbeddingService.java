package com.lcnews.trends.vectors;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.shared.RunLock;

/**
 * The embedding step: computes the vectors of every article that lacks one for a spec (after an import, before a
 * classification run, or on its own with the {@code embed} command), one run at a time across processes. A run killed
 * midway resumes where the stored vectors end; nothing is stored twice.
 */
public class EmbeddingService {

	/** Articles read, encoded and stored at a time. */
	static final int BATCH = 32;

	private static final Logger log = LoggerFactory.getLogger(EmbeddingService.class);

	private final ArticleVectors vectors;

	private final SimilarArticles similar;

	private final EncoderProvider encoders;

	private final DataSource dataSource;

	private final AtomicReference<EmbeddingProgress> progress = new AtomicReference<>(EmbeddingProgress.idle());

	public EmbeddingService(ArticleVectors vectors, SimilarArticles similar, EncoderProvider encoders,
			DataSource dataSource) {
		this.vectors = vectors;
		this.similar = similar;
		this.encoders = encoders;
		this.dataSource = dataSource;
	}

	/**
	 * Embeds every article without a vector of {@code spec}, in the calling thread; {@code listener} gets a snapshot
	 * after each batch. When no article lacks a vector, it returns after one count, without loading the encoder or
	 * the stored vectors.
	 * @return the final snapshot; state FAILED with the reason when another process embeds at the moment or the
	 * encoder cannot run
	 */
	public EmbeddingProgress embedMissing(EncoderSpec spec, Consumer<EmbeddingProgress> listener) {
		Optional<RunLock> lock = RunLock.tryAcquire(dataSource, "embed");
		if (lock.isEmpty()) {
			return finish(spec, Instant.now(), 0, 0, false, "another embedding run is in progress", listener);
		}
		Instant started = Instant.now();
		long[] counts = new long[2];
		try (RunLock held = lock.get()) {
			publish(new EmbeddingProgress(EmbeddingProgress.State.RUNNING, spec.id(), started, 0, 0, 0, null), listener);
			if (vectors.countMissing(spec.id()) == 0) {
				// Nothing to embed (the usual case before a classification run): neither the sentence model (seconds,
				// ~100 MB) nor the in-memory index of every stored vector (d + 4 bytes each) is loaded for nothing.
				return finish(spec, started, 0, 0, true, "completed", listener);
			}
			var run = new EmbeddingRun(encoders.encoder(spec), vectors, similar.index(spec), BATCH);
			run.run((done, total) -> {
				counts[0] = done;
				counts[1] = total;
				publish(new EmbeddingProgress(EmbeddingProgress.State.RUNNING, spec.id(), started, done, total,
						rate(started, done), null), listener);
			}, () -> Thread.currentThread().isInterrupted());
			run.failures().forEach(f -> log.warn("Article {} was not embedded with {} and keeps no vector: {}",
					f.articleId(), spec.id(), f.reason()));
			return finish(spec, started, counts[0], counts[1], true, outcome(run.failures()), listener);
		}
		catch (RuntimeException ex) {
			log.error("Embedding run for {} failed", spec.id(), ex);
			return finish(spec, started, counts[0], counts[1], false, "failed: " + ex.getMessage(), listener);
		}
	}

	/** "completed", with how many articles could not be embedded and the first of them (on one line). */
	static String outcome(List<EmbeddingRun.Failure> failures) {
		if (failures.isEmpty()) {
			return "completed";
		}
		EmbeddingRun.Failure first = failures.get(0);
		String reason = first.reason().replaceAll("\\s+", " ").strip();
		return "completed; " + failures.size() + " article(s) could not be embedded and keep no vector (the next run "
				+ "tries them again; classification embeds their text itself), first article " + first.articleId()
				+ ": " + (reason.length() > 300 ? reason.substring(0, 300) + "..." : reason);
	}

	/** The current or last run of this process. */
	public EmbeddingProgress progress() {
		return progress.get();
	}

	private EmbeddingProgress finish(EncoderSpec spec, Instant started, long done, long total, boolean ok,
			String message, Consumer<EmbeddingProgress> listener) {
		EmbeddingProgress last = new EmbeddingProgress(ok ? EmbeddingProgress.State.COMPLETED : EmbeddingProgress.State.FAILED,
				spec.id(), started, done, Math.max(done, total), rate(started, done), message);
		publish(last, listener);
		if (done > 0) {
			log.info("Embedded {} articles with {} ({} articles/s): {}", done, spec.id(),
					String.format(java.util.Locale.ROOT, "%.1f", last.articlesPerSecond()), message);
		}
		return last;
	}

	private void publish(EmbeddingProgress snapshot, Consumer<EmbeddingProgress> listener) {
		progress.set(snapshot);
		listener.accept(snapshot);
	}

	private static double rate(Instant started, long done) {
		double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
		return seconds <= 0 ? 0 : done / seconds;
	}

}
