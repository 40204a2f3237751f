package com.lcnews.trends.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.NewsTrendsApplication;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.VectorCodec;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.NewsTrendsProperties;
import com.lcnews.trends.testing.FixedPromotedModel;
import com.lcnews.trends.testing.KeywordTopicClassifier;
import com.lcnews.trends.testing.PostgresServer;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.TrendQuery;
import com.lcnews.trends.trend.TrendService;
import com.lcnews.trends.vectors.ArticleVectors;
import com.lcnews.trends.vectors.EmbeddingProgress;
import com.lcnews.trends.vectors.EmbeddingService;

/**
 * Throughput benchmark of the classification job (not a test). Loads a replicated corpus into a fresh store (an H2
 * file by default; a new database on a PostgreSQL server with {@code --postgres} or {@code --jdbc=URL}), stores a real
 * sentence vector for every article when the promoted model reads vectors (so the job classifies from stored vectors,
 * as after an import's embedding step), runs the job, prints articles per second with a time breakdown, and times the
 * dashboard's rollup queries; optionally grows the corpus and measures again. Uses the promoted model (the bundled
 * default in a new store), or the keyword test classifier with {@code --keywords}. Usage (see docs/README-batch.md):
 * {@code BatchBenchmark <stories.jsonl.gz> [articles] [--promote=VERSION] [--scale-to=N] [--db=DIR] [--chunk=N] [--keywords]
 * [--vectors=N] [--fasttext=DIR] [--h2-options=;CACHE_SIZE=...] [--rerun-all]
 * [--postgres | --jdbc=URL [--jdbc-user=U] [--jdbc-password=P]]}
 */
public final class BatchBenchmark {

	/** Sample stories whose vectors are stored, by default, when the model reads vectors. */
	static final int DEFAULT_VECTORS = 1000;

	/** Benchmark beans; not a @Configuration, so that component scanning of test classes never picks it up. */
	static class Timing {

		@Bean
		BenchTiming benchTiming() {
			return new BenchTiming();
		}

	}

	public static void main(String[] args) throws IOException {
		Path corpus = Path.of(args[0]);
		int articles = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 100_000;
		Path db = Path.of(option(args, "db", "target/bench")).toAbsolutePath();
		boolean rerunAll = flag(args, "rerun-all");
		try (BenchStore store = store(args, db, rerunAll)) {
			List<String> arguments = new ArrayList<>(store.springArgs());
			arguments.addAll(List.of("--newstrends.batch.chunk-size=" + option(args, "chunk", "2000"),
					"--logging.level.root=WARN", "--newstrends.home=" + db, "--spring.main.web-application-type=none"));
			ConfigurableApplicationContext ctx = new SpringApplicationBuilder(NewsTrendsApplication.class, Timing.class)
				.sources(flag(args, "keywords") ? new Class<?>[] { KeywordModel.class } : new Class<?>[0])
				.web(WebApplicationType.NONE)
				.run(arguments.toArray(String[]::new));
			try {
				System.out.println("store: " + store.description() + ", " + databaseVersion(ctx));
				run(ctx, args, corpus, articles, db, rerunAll);
			}
			finally {
				ctx.close();
			}
		}
	}

	private static void run(ConfigurableApplicationContext ctx, String[] args, Path corpus, int articles, Path db,
			boolean rerunAll) throws IOException {
		String promote = option(args, "promote", null);
		if (promote != null) {
			ctx.getBean(com.lcnews.trends.classify.ModelRegistry.class).promote(promote, "benchmark", java.time.Instant.now());
		}
		TopicClassifier classifier = ctx.getBean(PromotedModel.class).classifier();
		System.out.printf(Locale.ROOT, "classifier: %s (%s), reads %s%n", classifier.model().version(),
				classifier.model().description(),
				classifier.encoder().map(s -> "sentence vectors of " + s.id()).orElse("text only"));
		List<BenchCorpus.Story> stories = BenchCorpus.read(corpus);
		BenchVectors vectors = vectors(classifier, stories, option(args, "vectors", null), db);
		classifierOnly(classifier, stories, vectors);
		stages(ctx, classifier, stories);
		String fasttext = option(args, "fasttext", null);
		if (fasttext != null) {
			exportFastText(classifier, stories, vectors, articles, Path.of(fasttext));
			runFastText(Path.of(fasttext), articles);
		}
		if (rerunAll) {
			rerunAll(ctx);
			return;
		}
		stage(ctx, stories, vectors, 0, articles);
		int scaleTo = Integer.parseInt(option(args, "scale-to", "0"));
		if (scaleTo > articles) {
			stage(ctx, stories, vectors, articles, scaleTo);
		}
	}

	/**
	 * The store of this run: an H2 file in {@code db}, or with {@code --postgres} a new database on the PostgreSQL
	 * server of {@code NEWSTRENDS_BENCH_PG_URL} (else a throwaway local cluster), or with {@code --jdbc=URL} on that
	 * server.
	 */
	private static BenchStore store(String[] args, Path db, boolean rerunAll) throws IOException {
		String jdbc = option(args, "jdbc", flag(args, "postgres") ? System.getenv("NEWSTRENDS_BENCH_PG_URL") : null);
		if (jdbc == null && !flag(args, "postgres")) {
			return BenchStore.h2(db, option(args, "h2-options", ""), rerunAll);
		}
		if (rerunAll) {
			throw new IllegalArgumentException("--rerun-all reclassifies the H2 store of an earlier run; a PostgreSQL "
					+ "run always gets a new database");
		}
		if (option(args, "h2-options", null) != null) {
			throw new IllegalArgumentException("--h2-options applies to the H2 store only");
		}
		if (jdbc != null) {
			return BenchStore.postgres(jdbc, option(args, "jdbc-user", env("NEWSTRENDS_BENCH_PG_USER", "postgres")),
					option(args, "jdbc-password", env("NEWSTRENDS_BENCH_PG_PASSWORD", "")), "server of " + jdbc);
		}
		PostgresServer server = PostgresServer.shared();
		return BenchStore.postgres(server.url(), server.user(), server.password(),
				System.getenv("NEWSTRENDS_TEST_PG_URL") != null ? "server of NEWSTRENDS_TEST_PG_URL"
						: "throwaway local cluster, fsync and synchronous_commit off");
	}

	private static String databaseVersion(ConfigurableApplicationContext ctx) {
		try (java.sql.Connection c = ctx.getBean(javax.sql.DataSource.class).getConnection()) {
			return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
		}
		catch (java.sql.SQLException ex) {
			return "version unknown (" + ex.getMessage() + ")";
		}
	}

	/**
	 * The sample vectors stored for every article: {@code --vectors=N} sample stories (default
	 * {@value #DEFAULT_VECTORS} when the model reads vectors; 0: none, the job then embeds every article first).
	 */
	private static BenchVectors vectors(TopicClassifier classifier, List<BenchCorpus.Story> stories, String option,
			Path db) throws IOException {
		if (classifier.encoder().isEmpty()) {
			if (option != null) {
				System.out.println("vectors: the model reads text only; no vectors are stored");
			}
			return null;
		}
		int n = option == null ? DEFAULT_VECTORS : Integer.parseInt(option);
		if (n == 0) {
			System.out.println("vectors: none stored (--vectors=0): the job embeds every article before classifying");
			return null;
		}
		return BenchVectors.load(classifier.encoder().get(), stories, Math.min(n, stories.size()), db);
	}

	private static void stage(ConfigurableApplicationContext ctx, List<BenchCorpus.Story> stories,
			BenchVectors vectors, int from, int to) {
		JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
		long t0 = System.nanoTime();
		for (int i = from; i < to; i += 50_000) {
			BenchCorpus.insert(jdbc, stories, i, Math.min(to, i + 50_000));
		}
		System.out.printf(Locale.ROOT, "%nloaded articles %d..%d in %.1f s%n", from, to, secs(t0));
		prefill(ctx, vectors, from, to);
		BenchTiming timing = ctx.getBean(BenchTiming.class);
		timing.reset();
		System.gc();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpu0 = threads.getCurrentThreadCpuTime();
		long process0 = processCpuNanos();
		long[] machine0 = MachineCpu.read();
		java.util.Map<String, Long> threads0 = threadCpu();
		long gc0 = gcMillis();
		long jit0 = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		long start = System.nanoTime();
		BatchProgress p = ctx.getBean(BatchRunService.class).run(ClassifyMode.MISSING, "benchmark");
		double wall = secs(start);
		double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
		double processCpu = (processCpuNanos() - process0) / 1e9;
		long[] machine1 = MachineCpu.read();
		java.util.Map<String, Long> threads1 = threadCpu();
		System.out.printf(Locale.ROOT, "job %s: %d articles in %.1f s = %.0f articles/s end to end (corpus now %d)%n",
				p.state(), p.done(), wall, p.done() / wall, to);
		embeddingDuringJob(ctx);
		System.out.printf(Locale.ROOT, "  job thread CPU time %.1f s = %.0f articles per CPU second (wall/CPU %.2f: "
				+ "the rest is waiting for a core or for the disk)%n", cpu, p.done() / cpu, wall / cpu);
		System.out.printf(Locale.ROOT, "  process CPU time %.1f s (all threads: job, page reader, classification, "
				+ "GC, JIT) = %.2f of %d cores busy%n", processCpu, processCpu / wall,
				Runtime.getRuntime().availableProcessors());
		System.out.println("  " + MachineCpu.describe(machine0, machine1));
		java.util.Map<String, Double> byGroup = new java.util.TreeMap<>();
		threads1.forEach((name, nanos) -> byGroup.merge(name.replaceAll("[0-9]+", "N"),
				(nanos - threads0.getOrDefault(name, 0L)) / 1e9, Double::sum));
		StringBuilder groups = new StringBuilder();
		byGroup.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
			.filter(e -> e.getValue() >= 0.05)
			.forEach(e -> groups.append(String.format(Locale.ROOT, ", %s %.1f s", e.getKey(), e.getValue())));
		System.out.println("  CPU by thread (Java threads; GC and JIT threads are not listed):" + groups.substring(1));
		System.out.printf(Locale.ROOT, "  garbage collection %.1f s (collector time), JIT compilation %.1f s%n",
				(gcMillis() - gc0) / 1e3,
				(java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0) / 1e3);
		double write = timing.writeNanos.get() / 1e9;
		double chunks = timing.chunkNanos.get() / 1e9;
		System.out.printf(Locale.ROOT, "  job thread: writer %.1f s (waiting for classifications still running, then "
				+ "storing classifications, skips, rollups), handing out + framework %.1f s, outside chunks (start, "
				+ "counting, embedding step, job repository) %.1f s, of which %.1f s before the first chunk%n", write,
				chunks - write, wall - chunks, (timing.firstChunkStart.get() - start) / 1e9);
		System.out.printf(Locale.ROOT, "  max heap used during the run (sampled every 20 chunks): %d MB%n",
				timing.maxHeapAfterGcish.get() >> 20);
		queries(ctx.getBean(TrendService.class), to);
	}

	/**
	 * Stores a vector for every article loaded in this stage (not part of the job's time) and checks that the job's
	 * embedding step will find none missing.
	 */
	private static void prefill(ConfigurableApplicationContext ctx, BenchVectors vectors, int from, int to) {
		TopicClassifier classifier = ctx.getBean(PromotedModel.class).classifier();
		if (classifier.encoder().isEmpty()) {
			return;
		}
		ArticleVectors stored = ctx.getBean(ArticleVectors.class);
		String spec = classifier.encoder().get().id();
		if (vectors != null) {
			long t0 = System.nanoTime();
			vectors.prefill(ctx.getBean(JdbcTemplate.class), stored, from, to);
			System.out.printf(Locale.ROOT, "prefilled the vectors of %s for articles %d..%d (article k: sample "
					+ "story k mod %d) in %.1f s; not part of the job's time%n", spec, from, to, vectors.size(),
					secs(t0));
		}
		long t0 = System.nanoTime();
		long missing = stored.countMissing(spec);
		System.out.printf(Locale.ROOT, "articles without a stored vector of %s before the run: %d%s (counted in "
				+ "%.2f s)%n", spec, missing, missing == 0 ? " (the job's embedding step has nothing to embed)"
						: " (the job embeds them first, within its time)", secs(t0));
	}

	/** What the embedding step did inside the job (nothing, when every article had its vector). */
	private static void embeddingDuringJob(ConfigurableApplicationContext ctx) {
		if (ctx.getBean(PromotedModel.class).classifier().encoder().isEmpty()) {
			return;
		}
		EmbeddingProgress e = ctx.getBean(EmbeddingService.class).progress();
		System.out.printf(Locale.ROOT, "  embedding step within the job: %s, %d articles embedded%n", e.state(),
				e.done());
	}

	/** CPU time of every live Java thread by name (threads with the same name are summed). */
	private static java.util.Map<String, Long> threadCpu() {
		java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
		java.util.Map<String, Long> cpu = new java.util.HashMap<>();
		for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
			if (info != null) {
				long nanos = mx.getThreadCpuTime(info.getThreadId());
				if (nanos > 0) {
					cpu.merge(info.getThreadName(), nanos, Long::sum);
				}
			}
		}
		return cpu;
	}

	private static long gcMillis() {
		return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}


	/** Reclassifies every article of an existing benchmark store (mode all: reads, classifies, updates). */
	private static void rerunAll(ConfigurableApplicationContext ctx) {
		long start = System.nanoTime();
		BatchProgress p = ctx.getBean(BatchRunService.class).run(ClassifyMode.ALL, "benchmark");
		double wall = secs(start);
		Runtime rt = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "rerun of all: %s, %d articles in %.1f s = %.0f articles/s, max heap %d MB%n",
				p.state(), p.done(), wall, p.done() / wall, rt.maxMemory() >> 20);
	}

	private static void queries(TrendService trends, int corpus) {
		LocalDate from = LocalDate.of(2023, 1, 1);
		LocalDate to = LocalDate.of(2025, 12, 31);
		time("topic by month, 3 years, all districts", corpus,
				() -> trends.series(TrendQuery.of(Granularity.MONTH, from, to)));
		time("topic by month, 3 years, 2 districts, 3 topics", corpus,
				() -> trends.series(new TrendQuery(Granularity.MONTH, from, to, Set.of("371502", "371521"),
						Set.of("economy", "governance", "education"), null)));
		time("topic by week, 1 year, all districts", corpus,
				() -> trends.series(TrendQuery.of(Granularity.WEEK, from, from.plusYears(1).minusDays(1))));
		time("topic by day, 3 months, all districts", corpus,
				() -> trends.series(TrendQuery.of(Granularity.DAY, from, from.plusMonths(3).minusDays(1))));
		time("coverage topic x district, 3 years", corpus, () -> trends.coverage(from, to, null));
	}

	private static void time(String name, int corpus, Supplier<List<?>> query) {
		int size = 0;
		for (int i = 0; i < 30; i++) {
			size = query.get().size();
		}
		long[] nanos = new long[200];
		for (int i = 0; i < nanos.length; i++) {
			long t = System.nanoTime();
			query.get();
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT, "  query [%s] at %d articles: p50 %.2f ms, p95 %.2f ms (%d rows)%n", name, corpus,
				nanos[100] / 1e6, nanos[190] / 1e6, size);
	}

	/**
	 * The classifier alone on one thread over every story: {@code classify(text)} for a text model; for a model that
	 * reads vectors, {@code classify(text, vector)} with decoded stored vectors (story i gets sample i mod N, as
	 * article i does in the store), which is what the job calls.
	 */
	private static void classifierOnly(TopicClassifier classifier, List<BenchCorpus.Story> stories,
			BenchVectors vectors) {
		if (classifier.encoder().isPresent() && vectors == null) {
			System.out.println("classifier alone: not measured (the model reads vectors and none are stored: every "
					+ "text would run the sentence model)");
			return;
		}
		List<String> texts = stories.stream().map(s -> Article.classificationText(s.title(), null, s.text())).toList();
		IntFunction<float[]> vector = vectors == null ? i -> null : vectors::decodedFor;
		for (int i = 0; i < 3000; i++) {
			classifier.classify(texts.get(i), vector.apply(i));
		}
		long t0 = System.nanoTime();
		for (int i = 0; i < texts.size(); i++) {
			classifier.classify(texts.get(i), vector.apply(i));
		}
		double s = secs(t0);
		System.out.printf(Locale.ROOT, "classifier alone, one thread, %d texts%s: %.2f s = %.0f texts/s%n",
				texts.size(), vectors == null ? "" : " with their stored vectors (decoded beforehand)", s,
				texts.size() / s);
		if (vectors != null) {
			decodeOnly(vectors, texts.size());
		}
	}

	/** Decoding stored vectors (the job's reader decodes each article's vector), one thread, best of three passes. */
	private static void decodeOnly(BenchVectors vectors, int n) {
		List<byte[]> stored = new ArrayList<>(vectors.size());
		for (int j = 0; j < vectors.size(); j++) {
			stored.add(VectorCodec.encode(vectors.decodedFor(j)));
		}
		float sink = 0;
		double best = Double.MAX_VALUE;
		for (int pass = 0; pass < 4; pass++) {
			long t0 = System.nanoTime();
			for (int i = 0; i < n; i++) {
				sink += VectorCodec.decode(stored.get(i % stored.size()))[i % 7];
			}
			best = pass == 0 ? best : Math.min(best, secs(t0));
		}
		System.out.printf(Locale.ROOT, "decoding a stored vector, one thread: %.2f µs (%.0f vectors/s)%s%n",
				best * 1e6 / n, n / best, sink == Float.MAX_VALUE ? "!" : "");
	}

	/**
	 * The classifier's stages on one thread, when the classifier is a text model file of the model directory; a model
	 * that reads vectors has no text stages (its cost is the call timed above).
	 */
	private static void stages(ConfigurableApplicationContext ctx, TopicClassifier classifier,
			List<BenchCorpus.Story> stories) {
		if (classifier.encoder().isPresent()) {
			System.out.println("  stages: not measured: the model reads stored sentence vectors (standardise, "
					+ "logistic regression, calibration); the call above is its whole cost");
			return;
		}
		Path sidecar = ctx.getBean(NewsTrendsProperties.class).dataHome().models()
			.resolve(classifier.model().version() + ".json");
		if (!Files.isRegularFile(sidecar)) {
			return;
		}
		try {
			com.lcnews.trends.classify.weka.ClassifierStages.report(sidecar,
					stories.stream().map(s -> s.title() + "\n\n" + s.text()).toList());
		}
		catch (Exception ex) {
			System.out.println("  stages: not measured: " + ex.getMessage());
		}
	}

	/**
	 * Trains Debian's fastText on the exported file (not timed) and times {@code fasttext predict} over the same N
	 * texts the job classifies, when {@code fasttext} is installed.
	 */
	private static void runFastText(Path dir, int n) {
		try {
			Process train = new ProcessBuilder("fasttext", "supervised", "-input", dir.resolve("train.txt").toString(),
					"-output", dir.resolve("kw").toString(), "-epoch", "5", "-thread", "2")
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (train.waitFor() != 0) {
				System.out.println("fastText training failed; no comparison");
				return;
			}
			long t0 = System.nanoTime();
			Process predict = new ProcessBuilder("fasttext", "predict", dir.resolve("kw.bin").toString(),
					dir.resolve("predict.txt").toString())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			int exit = predict.waitFor();
			double s = secs(t0);
			System.out.printf(Locale.ROOT, "fastText predict (one thread, characters as tokens, model loading "
					+ "included), %d texts: exit %d, %.1f s = %.0f texts/s%n", n, exit, s, n / s);
		}
		catch (IOException ex) {
			System.out.println("fastText not run (" + ex.getMessage() + "); install Debian's fasttext to compare");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Writes fastText training (labels from the classifier) and prediction files, characters as tokens. */
	private static void exportFastText(TopicClassifier classifier, List<BenchCorpus.Story> stories,
			BenchVectors vectors, int n, Path dir) throws IOException {
		if (classifier.encoder().isPresent() && vectors == null) {
			System.out.println("fastText: not compared (the model reads vectors and none are stored)");
			return;
		}
		Files.createDirectories(dir);
		try (BufferedWriter train = Files.newBufferedWriter(dir.resolve("train.txt"), StandardCharsets.UTF_8);
				BufferedWriter predict = Files.newBufferedWriter(dir.resolve("predict.txt"), StandardCharsets.UTF_8)) {
			// a model that reads vectors labels only the sample stories, the ones whose own vector is known
			int labelled = vectors == null ? stories.size() : vectors.size();
			for (int j = 0; j < labelled; j++) {
				BenchCorpus.Story s = stories.get(vectors == null ? j : vectors.storyOf(j));
				String text = s.title() + "\n\n" + s.text();
				String label = classifier.classify(text, vectors == null ? null : vectors.decodedFor(j)).best().code();
				train.write("__label__" + label + " " + chars(text) + "\n");
			}
			for (int i = 0; i < n; i++) {
				BenchCorpus.Story s = stories.get(i % stories.size());
				predict.write(chars(s.title() + "\n\n" + s.text()) + "\n");
			}
		}
		System.out.println("fastText files written to " + dir);
	}

	private static String chars(String text) {
		StringBuilder b = new StringBuilder(text.length() * 2);
		text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> b.appendCodePoint(c).append(' '));
		return b.toString().strip();
	}

	private static String option(String[] args, String name, String fallback) {
		return Arrays.stream(args)
			.filter(a -> a.startsWith("--" + name + "="))
			.map(a -> a.substring(name.length() + 3))
			.findFirst()
			.orElse(fallback);
	}

	private static boolean flag(String[] args, String name) {
		return Arrays.asList(args).contains("--" + name);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isEmpty() ? fallback : value;
	}

	private static double secs(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	/** The keyword test classifier under a benchmark version name. */
	/** With {@code --keywords}: the keyword test classifier instead of the promoted model (store side alone). */
	static class KeywordModel {

		@Bean
		@Primary
		PromotedModel keywordModel() {
			return new FixedPromotedModel(new KeywordTopicClassifier("bench-keywords"));
		}

	}

}
