package com.lcnews.trends.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.shared.RunLock;
import com.lcnews.trends.testing.ChildJvm;
import com.lcnews.trends.testing.PostgresServer;

/**
 * Kills the embedding step with SIGKILL in the middle, twice (a separate JVM, {@link KillableEmbedding}, embedding
 * generated articles for two encoder specs: killed during the first spec while it writes a batch's copies, its
 * vectors written but not committed; then at whatever point the second spec has reached), runs it again to the end, and checks that the store then holds what an uninterrupted run leaves: every article exactly one vector
 * per spec, byte for byte the vectors of the uninterrupted run, the same reprints recorded once each, and the
 * {@code embed} run lock free. On an H2 file store and on a real PostgreSQL server (where the lock of the killed
 * process is released by the server ending its session).
 */
class EmbeddingKillRestartIT {

	private static final int ARTICLES = 3_000;

	private static final String PAUSE_MILLIS = "1";

	private static final Path DIR = Path.of("target/embed-kill-test").toAbsolutePath();

	/** What the uninterrupted run stored: vectors and copies by article ordinal. */
	private static Snapshot uninterrupted;

	record Store(String url, String user, String password) {

		void open(Consumer<JdbcTemplate> use) {
			SingleConnectionDataSource ds = new SingleConnectionDataSource(url, user, password, true);
			try {
				use.accept(new JdbcTemplate(ds));
			}
			finally {
				ds.destroy();
			}
		}

		boolean lockFree() {
			SingleConnectionDataSource ds = new SingleConnectionDataSource(url, user, password, true);
			try {
				Optional<RunLock> lock = RunLock.tryAcquire(ds, "embed");
				lock.ifPresent(RunLock::close);
				return lock.isPresent();
			}
			finally {
				ds.destroy();
			}
		}

	}

	/** Vectors (hex of their stored bytes) and copies, one line per row, keyed by article ordinal. */
	record Snapshot(List<String> vectors, List<String> copies) {

		static Snapshot of(JdbcTemplate jdbc) {
			List<String> vectors = jdbc.query("SELECT a.ordinal, v.encoder, v.vector FROM article_vector v "
					+ "JOIN article a ON a.id = v.article_id ORDER BY a.ordinal, v.encoder",
					(rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + HexFormat.of().formatHex(rs.getBytes(3)));
			List<String> copies = jdbc.query("SELECT a.ordinal, o.ordinal, c.encoder, c.similarity FROM article_copy c "
					+ "JOIN article a ON a.id = c.article_id JOIN article o ON o.id = c.original_id ORDER BY a.ordinal",
					(rs, n) -> rs.getInt(1) + " copies " + rs.getInt(2) + " " + rs.getString(3) + " "
							+ String.format(java.util.Locale.ROOT, "%.6f", rs.getDouble(4)));
			return new Snapshot(vectors, copies);
		}

	}

	@BeforeAll
	static void uninterruptedRun() throws Exception {
		ChildJvm.deleteRecursively(DIR);
		Files.createDirectories(DIR);
		Store reference = h2("reference");
		Process run = start(reference, ARTICLES, 0);
		List<String> output = ChildJvm.readAll(run);
		assertThat(run.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(run.exitValue()).as(String.join("\n", output)).isZero();
		reference.open(jdbc -> uninterrupted = Snapshot.of(jdbc));
		assertThat(uninterrupted.vectors()).hasSize(2 * ARTICLES);
	}

	@Test
	void onAnH2FileStoreTwoKillsMidwayEndAsIfNeverInterrupted() throws Exception {
		killTwiceAndFinish(h2("store"));
	}

	@Test
	void onPostgresqlTwoKillsMidwayEndAsIfNeverInterrupted() throws Exception {
		PostgresServer server = PostgresServer.shared();
		killTwiceAndFinish(new Store(server.newDatabase(), server.user(), server.password()));
	}

	private void killTwiceAndFinish(Store store) throws Exception {
		List<EncoderSpec> specs = KillableEmbedding.SPECS;
		killMidway(store, ARTICLES, specs.get(0), true);
		long[] stored = vectorCounts(store);
		assertThat(stored[0]).as("killed in the middle of the first spec").isBetween(1L, ARTICLES - 1L);
		assertThat(stored[1]).isZero();

		killMidway(store, 0, specs.get(1), false);
		long[] second = vectorCounts(store);
		assertThat(second[0]).as("the restart finished the first spec").isEqualTo(ARTICLES);
		assertThat(second[1]).as("killed in the middle of the second spec").isBetween(1L, ARTICLES - 1L);

		Process last = start(store, 0, 0);
		List<String> output = ChildJvm.readAll(last);
		assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(last.exitValue()).as(String.join("\n", output)).isZero();
		assertThat(output).as("the last run embeds only what the killed ones had not stored")
			.contains("done " + specs.get(0).id() + " COMPLETED 0 completed",
					"done " + specs.get(1).id() + " COMPLETED " + (ARTICLES - second[1]) + " completed");

		store.open(jdbc -> assertEndsAsUninterrupted(jdbc, specs));
		assertThat(store.lockFree()).as("the 'embed' run lock is free after the run").isTrue();
	}

	private void assertEndsAsUninterrupted(JdbcTemplate jdbc, List<EncoderSpec> specs) {
		for (EncoderSpec spec : specs) {
			assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT article_id) FROM article_vector WHERE encoder = ?",
					Long.class, spec.id())).isEqualTo(ARTICLES);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT article_id, encoder FROM article_vector "
				+ "GROUP BY article_id, encoder HAVING COUNT(*) > 1) d", Long.class)).as("duplicate vectors").isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_vector", Long.class)).isEqualTo(2L * ARTICLES);
		Snapshot now = Snapshot.of(jdbc);
		assertThat(now.vectors()).as("vectors byte for byte those of the uninterrupted run")
			.isEqualTo(uninterrupted.vectors());
		assertThat(now.copies()).as("copies those of the uninterrupted run, each once").isEqualTo(uninterrupted.copies());
		List<Integer> copies = jdbc.queryForList("SELECT a.ordinal FROM article_copy c JOIN article a ON a.id = c.article_id",
				Integer.class);
		assertThat(copies).as("every planted reprint of a non-blank article found").containsAll(planted(jdbc));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_copy c JOIN article_copy d "
				+ "ON d.article_id = c.original_id AND d.original_id = c.article_id", Long.class))
			.as("no two articles each other's copy").isZero();
	}

	/** Ordinals of the generated reprints whose original has text. */
	private static List<Integer> planted(JdbcTemplate jdbc) {
		List<Integer> planted = new ArrayList<>();
		for (int i = 0; i < ARTICLES; i++) {
			int back = KillableEmbedding.reprintDistance(i);
			if (back > 0 && i - back >= 0 && !jdbc.queryForObject("SELECT body FROM article WHERE ordinal = ?",
					String.class, i - back).isBlank()) {
				planted.add(i);
			}
		}
		assertThat(planted).hasSizeGreaterThan(ARTICLES / 20);
		return planted;
	}

	/**
	 * Starts a run, waits until it stored a third of the articles for {@code spec} (and, with {@code inCopies}, until
	 * it holds in the next write of copies), and kills it with SIGKILL.
	 */
	private static void killMidway(Store store, int generate, EncoderSpec spec, boolean inCopies) throws Exception {
		Process run = start(store, generate, inCopies ? ARTICLES / 3 : 0);
		awaitLine(run, line -> inCopies ? line.equals("holding in copies") : embedded(line, spec) >= ARTICLES / 3);
		if (inCopies) {
			// H2 writes what was committed to its file within a second: wait, so that a batch committed before its
			// copies were written would be on disk when the process dies
			Thread.sleep(3_000);
		}
		run.destroyForcibly();
		assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(run.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
		assertThat(awaitLockFree(store)).as("the 'embed' lock of the killed process is released").isTrue();
	}

	/** Whether the run lock can be taken within 30 s (PostgreSQL ends the killed client's session on its own). */
	private static boolean awaitLockFree(Store store) throws InterruptedException {
		for (int i = 0; i < 60; i++) {
			if (store.lockFree()) {
				return true;
			}
			Thread.sleep(500);
		}
		return false;
	}

	private static long[] vectorCounts(Store store) {
		long[] counts = new long[2];
		store.open(jdbc -> {
			for (int i = 0; i < 2; i++) {
				counts[i] = jdbc.queryForObject("SELECT COUNT(*) FROM article_vector WHERE encoder = ?", Long.class,
						KillableEmbedding.SPECS.get(i).id());
			}
		});
		return counts;
	}

	private static Store h2(String name) {
		return new Store("jdbc:h2:file:" + DIR.resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
	}

	private static Process start(Store store, int articles, int holdInCopiesAfter) throws IOException {
		return ChildJvm.start(KillableEmbedding.class, store.url(), store.user(), store.password(),
				Integer.toString(articles), PAUSE_MILLIS, Integer.toString(holdInCopiesAfter));
	}

	/** Reads the process output until a line matches. */
	private static void awaitLine(Process process, Predicate<String> wanted) throws IOException {
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			seen.append(line).append('\n');
			if (wanted.test(line)) {
				return;
			}
		}
		throw new AssertionError("The run ended before it could be killed:\n" + seen);
	}

	/** The number of articles an output line reports embedded for {@code spec}, else -1. */
	private static long embedded(String line, EncoderSpec spec) {
		String prefix = "embedded " + spec.id() + " ";
		return line.startsWith(prefix) ? Long.parseLong(line.substring(prefix.length()).trim()) : -1;
	}

}
