package com.lcnews.trends.batch;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.shared.RunLock;
import com.lcnews.trends.vectors.EmbeddingProgress;
import com.lcnews.trends.vectors.EmbeddingService;

/**
 * Starts classification runs and reports their progress. At most one run exists at a time across all processes
 * sharing the store: a second start is refused with {@link RunRefusedException}. A run that failed or whose process
 * was killed is restarted where its last committed chunk ended when it is started again with the same mode and model.
 */
@Service
public class BatchRunService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BatchRunService.class);

	private final JobLauncher launcher;

	private final Job job;

	private final JobRuns runs;

	private final RunProgress progress;

	private final PromotedModel promoted;

	private final EmbeddingService embedding;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final ClassifyBatchProperties properties;

	/** Rows a table of the job must have grown by (and a fifth) since its last analysis to be analysed before a run. */
	static final long STALE_MARGIN = 10_000;

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile Boolean postgres;

	private final AtomicBoolean rerunRequested = new AtomicBoolean();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "classify-run"));

	BatchRunService(JobLauncher launcher, Job classifyArticlesJob, JobRuns runs, RunProgress progress,
			PromotedModel promoted, EmbeddingService embedding, DataSource dataSource, JdbcTemplate jdbc,
			ClassifyBatchProperties properties) {
		this.embedding = embedding;
		this.launcher = launcher;
		this.job = classifyArticlesJob;
		this.runs = runs;
		this.progress = progress;
		this.promoted = promoted;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Starts a run in the background and returns at once; poll {@link #progress()}.
	 * @param user who starts it, recorded with the run
	 * @throws RunRefusedException when a run is in progress here or in another process, or no model is available
	 */
	public BatchProgress start(ClassifyMode mode, String user) {
		Prepared prepared = prepare(mode, user);
		executor.submit(() -> execute(prepared));
		return progress.snapshot();
	}

	/**
	 * Runs to the end in the calling thread (the {@code classify} command) and returns the final progress.
	 * @throws RunRefusedException when a run is in progress or no model is available
	 */
	public BatchProgress run(ClassifyMode mode, String user) {
		execute(prepare(mode, user));
		return progress.snapshot();
	}

	/** The current run, or the last one of this process, or idle. */
	public BatchProgress progress() {
		return progress.snapshot();
	}

	/** Whether this process is running the job. */
	public boolean isRunning() {
		return running.get();
	}

	/**
	 * Called by the import when it has stored new articles: starts a run over the articles not yet classified, unless
	 * {@code newstrends.batch.classify-after-import} is false. When a run is in progress, another run follows it.
	 * Failures are logged, never thrown back to the import.
	 */
	public void importFinished(String user) {
		if (!properties.classifyAfterImport()) {
			return;
		}
		try {
			start(ClassifyMode.MISSING, user);
		}
		catch (RunRefusedException ex) {
			rerunRequested.set(true);
			log.info("Classification after import deferred: {}", ex.getMessage());
		}
	}

	private record Prepared(RunLock lock, JobParameters parameters, ClassifyMode mode, String user) {
	}

	private Prepared prepare(ClassifyMode mode, String user) {
		String version;
		try {
			version = promoted.classifier().model().version();
		}
		catch (IllegalStateException ex) {
			throw new RunRefusedException(ex.getMessage());
		}
		if (!running.compareAndSet(false, true)) {
			throw new RunRefusedException("A classification run is already in progress in this application: "
					+ runs.describeRunning() + ". Wait until it finishes.");
		}
		Optional<RunLock> lock = RunLock.tryAcquire(dataSource, "classify");
		if (lock.isEmpty()) {
			running.set(false);
			throw new RunRefusedException("A classification run is already in progress: " + runs.describeRunning()
					+ ". Wait until it finishes.");
		}
		try {
			runs.failAbandoned();
			Optional<JobExecution> restart = runs.restartable(mode, version);
			JobParameters parameters = restart.map(JobExecution::getJobParameters)
				.orElseGet(() -> JobRuns.newParameters(mode, version, user));
			refreshStaleStatistics(STALE_MARGIN);
			long before = restart.filter(r -> mode == ClassifyMode.ALL).map(runs::writtenBefore).orElse(0L);
			progress.begin(mode, version, user, before, toVisit(mode, version));
			return new Prepared(lock.get(), parameters, mode, user);
		}
		catch (RuntimeException ex) {
			lock.get().close();
			running.set(false);
			throw ex;
		}
	}

	private long toVisit(ClassifyMode mode, String version) {
		if (mode == ClassifyMode.ALL) {
			return jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
		}
		return jdbc.queryForObject("SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM classification c "
				+ "WHERE c.article_id = a.id AND c.model_version = ?)", Long.class, version);
	}

	private void execute(Prepared prepared) {
		long done = progress.snapshot().done();
		try (RunLock lock = prepared.lock()) {
			embedMissingVectors();
			refreshStaleStatistics(STALE_MARGIN);
			JobExecution execution = launcher.run(job, prepared.parameters());
			done += execution.getStepExecutions().stream().mapToLong(ReadAheadClassifyingReader::articlesWritten).sum();
			boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
			String failure = execution.getAllFailureExceptions().stream().map(BatchRunService::describe).findFirst()
				.orElse(execution.getExitStatus().getExitDescription());
			progress.finish(ok, done, ok ? "completed" : "failed: " + failure);
		}
		catch (Exception ex) {
			log.error("Classification run failed", ex);
			progress.finish(false, done, "failed: " + ex.getMessage());
		}
		finally {
			running.set(false);
		}
		if (rerunRequested.getAndSet(false)) {
			importFinished(prepared.user());
		}
	}

	/**
	 * First the embedding step, when the model reads sentence vectors: every article gets its vector once, and the job
	 * then classifies from stored vectors. Should it fail, the model embeds the texts it lacks vectors for itself.
	 */
	private void embedMissingVectors() {
		Optional<EncoderSpec> spec = promoted.classifier().encoder();
		if (spec.isEmpty()) {
			return;
		}
		EmbeddingProgress embedded = embedding.embedMissing(spec.get(), p -> {
		});
		if (embedded.state() == EmbeddingProgress.State.FAILED) {
			log.warn("Embedding before classification did not complete ({}); the model embeds what is missing itself",
					embedded.message());
		}
	}

	/**
	 * On PostgreSQL, fresh planner statistics of those of the job's tables that grew much since they were last
	 * analysed (by {@link #STALE_MARGIN} rows and a fifth): right after a bulk import or embedding step, autovacuum has
	 * not analysed them yet, and plans made for the small tables of before slowed the job to a third (batch benchmark,
	 * growing a store from 100,000 to 300,000 articles: 3,200-4,000 articles/s with stale statistics, 12,500 with fresh
	 * ones). Reads two catalog views; ANALYZE takes about a second at 300,000 articles. Nothing on H2.
	 */
	void refreshStaleStatistics(long margin) {
		try {
			if (!postgres()) {
				return;
			}
			List<String> stale = jdbc.queryForList("SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON "
					+ "c.oid = s.relid WHERE s.schemaname = current_schema() AND s.relname IN ('article', "
					+ "'article_vector', 'article_copy', 'classification') AND s.n_live_tup > GREATEST(c.reltuples, 0) "
					+ "* 1.2 + ? ORDER BY s.relname", String.class, margin);
			if (!stale.isEmpty()) {
				long start = System.nanoTime();
				jdbc.execute("ANALYZE " + String.join(", ", stale));
				log.info("Planner statistics of {} refreshed in {} ms", stale, (System.nanoTime() - start) / 1_000_000);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Planner statistics not refreshed ({}); the run goes on", ex.getMessage());
		}
	}

	/** Whether the store is PostgreSQL (read once from the connection's metadata). */
	private boolean postgres() {
		Boolean known = postgres;
		if (known == null) {
			known = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
				.contains("PostgreSQL")));
			postgres = known;
		}
		return known;
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == ex ? String.valueOf(ex.getMessage()) : ex.getMessage() + ": " + root.getMessage();
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
