package com.lcnews.trends.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.NewsTrendsApplication;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.NewsTrendsProperties;
import com.lcnews.trends.testing.FixedPromotedModel;
import com.lcnews.trends.testing.KeywordTopicClassifier;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.TrendQuery;
import com.lcnews.trends.trend.TrendService;

/**
 * Throughput benchmark of the classification job (not a test). Loads a replicated corpus into a fresh H2 file
 * database, runs the job, prints articles per second with a time breakdown, and times the dashboard's rollup queries;
 * optionally grows the corpus and measures again. Uses the promoted model (the bundled default in a new store), or
 * the keyword test classifier with {@code --keywords}. Usage (see docs/README-batch.md):
 * {@code BatchBenchmark <stories.jsonl.gz> [articles] [--scale-to=N] [--db=DIR] [--chunk=N] [--keywords]
 * [--fasttext=DIR] [--h2-options=;CACHE_SIZE=...] [--rerun-all]}
 */
public final class BatchBenchmark {

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
		int scaleTo = Integer.parseInt(option(args, "scale-to", "0"));
		Path db = Path.of(option(args, "db", "target/bench")).toAbsolutePath();
		String chunk = option(args, "chunk", "2000");
		String fasttext = option(args, "fasttext", null);
		boolean rerunAll = Arrays.asList(args).contains("--rerun-all");
		if (!rerunAll) {
			deleteDb(db);
		}
		boolean keywords = Arrays.asList(args).contains("--keywords");
		ConfigurableApplicationContext ctx = new SpringApplicationBuilder(NewsTrendsApplication.class, Timing.class)
			.sources(keywords ? new Class<?>[] { KeywordModel.class } : new Class<?>[0])
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + db.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE" + option(args, "h2-options", ""),
					"--newstrends.batch.chunk-size=" + chunk, "--logging.level.root=WARN",
					"--newstrends.home=" + db,
					"--spring.main.web-application-type=none");
		System.out.println("store: " + ctx.getEnvironment().getProperty("spring.datasource.url"));
		TopicClassifier classifier = ctx.getBean(PromotedModel.class).classifier();
		System.out.printf(Locale.ROOT, "classifier: %s (%s)%n", classifier.model().version(),
				classifier.model().description());
		List<BenchCorpus.Story> stories = BenchCorpus.read(corpus);
		classifierOnly(classifier, stories);
		stages(ctx, classifier, stories);
		if (fasttext != null) {
			exportFastText(classifier, stories, articles, Path.of(fasttext));
			runFastText(Path.of(fasttext), articles);
		}
		if (rerunAll) {
			rerunAll(ctx);
			ctx.close();
			return;
		}
		stage(ctx, stories, 0, articles);
		if (scaleTo > articles) {
			stage(ctx, stories, articles, scaleTo);
		}
		ctx.close();
	}

	private static void stage(ConfigurableApplicationContext ctx, List<BenchCorpus.Story> stories, int from, int to) {
		JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
		long t0 = System.nanoTime();
		for (int i = from; i < to; i += 50_000) {
			BenchCorpus.insert(jdbc, stories, i, Math.min(to, i + 50_000));
		}
		System.out.printf(Locale.ROOT, "%nloaded articles %d..%d in %.1f s%n", from, to, secs(t0));
		BenchTiming timing = ctx.getBean(BenchTiming.class);
		timing.reset();
		System.gc();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpu0 = threads.getCurrentThreadCpuTime();
		long process0 = processCpuNanos();
		java.util.Map<String, Long> threads0 = threadCpu();
		long gc0 = gcMillis();
		long jit0 = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		long start = System.nanoTime();
		BatchProgress p = ctx.getBean(BatchRunService.class).run(ClassifyMode.MISSING, "benchmark");
		double wall = secs(start);
		double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
		double processCpu = (processCpuNanos() - process0) / 1e9;
		java.util.Map<String, Long> threads1 = threadCpu();
		System.out.printf(Locale.ROOT, "job %s: %d articles in %.1f s = %.0f articles/s end to end (corpus now %d)%n",
				p.state(), p.done(), wall, p.done() / wall, to);
		System.out.printf(Locale.ROOT, "  job thread CPU time %.1f s = %.0f articles per CPU second (wall/CPU %.2f: "
				+ "the rest is waiting for a core or for the disk)%n", cpu, p.done() / cpu, wall / cpu);
		System.out.printf(Locale.ROOT, "  process CPU time %.1f s (all threads: job, page reader, classification, "
				+ "GC, JIT) = %.2f of %d cores busy%n", processCpu, processCpu / wall,
				Runtime.getRuntime().availableProcessors());
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
				+ "counting, job repository) %.1f s%n", write, chunks - write, wall - chunks);
		System.out.printf(Locale.ROOT, "  max heap used during the run (sampled every 20 chunks): %d MB%n",
				timing.maxHeapAfterGcish.get() >> 20);
		queries(ctx.getBean(TrendService.class), to);
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

	private static void classifierOnly(TopicClassifier classifier, List<BenchCorpus.Story> stories) {
		for (int i = 0; i < 3000; i++) {
			BenchCorpus.Story s = stories.get(i);
			classifier.classify(s.title() + "\n\n" + s.text());
		}
		long t0 = System.nanoTime();
		for (BenchCorpus.Story s : stories) {
			classifier.classify(s.title() + "\n\n" + s.text());
		}
		double s = secs(t0);
		System.out.printf(Locale.ROOT, "classifier alone, one thread, %d texts: %.2f s = %.0f texts/s%n",
				stories.size(), s, stories.size() / s);
	}

	/** The classifier's stages on one thread, when the classifier is a model file of the model directory. */
	private static void stages(ConfigurableApplicationContext ctx, TopicClassifier classifier,
			List<BenchCorpus.Story> stories) {
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
	private static void exportFastText(TopicClassifier classifier, List<BenchCorpus.Story> stories, int n, Path dir)
			throws IOException {
		Files.createDirectories(dir);
		try (BufferedWriter train = Files.newBufferedWriter(dir.resolve("train.txt"), StandardCharsets.UTF_8);
				BufferedWriter predict = Files.newBufferedWriter(dir.resolve("predict.txt"), StandardCharsets.UTF_8)) {
			for (BenchCorpus.Story s : stories) {
				String text = s.title() + "\n\n" + s.text();
				String label = classifier.classify(text).best().code();
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

	private static void deleteDb(Path db) throws IOException {
		Files.createDirectories(db);
		try (Stream<Path> files = Files.list(db)) {
			for (Path f : files.filter(f -> f.getFileName().toString().startsWith("bench.")).toList()) {
				Files.delete(f);
			}
		}
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
