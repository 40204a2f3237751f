package com.lcnews.trends.vectors;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.NewsTrendsApplication;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.embed.EncoderBenchmark;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.testing.ArticleFixtures;

/**
 * Benchmark of the embedding step on import (not a test): loads N news stories (CCTV, headline + body, mean ~580
 * characters) as articles into a fresh H2 file store and runs the step the import and the classification job run
 * ({@link EmbeddingService#embedMissing}: read texts in batches, encode, look for reprints among the stored vectors,
 * store vectors and copies in one transaction per batch), at the default spec. In the same run, for comparison: the
 * sentence encoder alone on the same texts (what the step would do with no database and no reprint search), and with
 * {@code --fasttext=DIR} Debian's {@code fasttext print-sentence-vectors} on the same texts (a much smaller model,
 * trained on them first, not timed; a yardstick of the machine's state, not a competitor). Usage:
 * {@code EmbeddingBenchmark <stories.jsonl.gz> [articles, default 3000] [--db=DIR] [--lead=N] [--fasttext=DIR]}
 */
public final class EmbeddingBenchmark {

	private EmbeddingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		int n = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 3000;
		Path db = Path.of(option(args, "db", "target/embed-bench")).toAbsolutePath();
		int lead = Integer.parseInt(option(args, "lead", String.valueOf(Encoders.DEFAULT_LEAD_CHARS)));
		String fasttext = option(args, "fasttext", null);
		deleteStore(db);
		List<String[]> stories = read(corpus, n);
		System.out.printf(Locale.ROOT, "%s, %d cores, encoder threads %d%n", EncoderBenchmark.uptime(), Runtime.getRuntime().availableProcessors(),
				Encoders.threads());
		ConfigurableApplicationContext ctx = new SpringApplicationBuilder(NewsTrendsApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + db.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE",
					"--newstrends.home=" + db, "--newstrends.bootstrap.enabled=false", "--newstrends.inbox.enabled=false",
					"--newstrends.batch.classify-after-import=false", "--logging.level.root=WARN",
					"--spring.main.web-application-type=none");
		try {
			JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
			ArticleFixtures fixtures = new ArticleFixtures(jdbc);
			for (int i = 0; i < stories.size(); i++) {
				fixtures.article(stories.get(i)[0], stories.get(i)[1], LocalDate.of(2024, 1, 1).plusDays(i % 365),
						DatePrecision.DAY, "371502");
			}
			EncoderSpec spec = Encoders.defaultSpec().withLeadChars(lead);
			long loadStart = System.nanoTime();
			TextEncoder encoder = Encoders.forSpec(spec);
			encoder.encodeAll(List.of("聊城市召开全市安全生产工作会议", "冠县脱贫户发展特色种植"));
			System.out.printf(Locale.ROOT, "%d articles stored; encoder %s loaded and warmed in %.1f s%n", stories.size(),
					spec.id(), (System.nanoTime() - loadStart) / 1e9);

			long cpu0 = processCpuNanos();
			long start = System.nanoTime();
			EmbeddingProgress done = ctx.getBean(EmbeddingService.class).embedMissing(spec, p -> { });
			double wall = (System.nanoTime() - start) / 1e9;
			double cpu = (processCpuNanos() - cpu0) / 1e9;
			System.out.printf(Locale.ROOT, "embedding step: %s, %d articles in %.1f s = %.1f articles/s end to end "
					+ "(process CPU %.1f s, %.2f cores busy; %s)%n", done.state(), done.done(), wall, done.done() / wall, cpu,
					cpu / wall, EncoderBenchmark.uptime());

			List<String> texts = stories.stream().map(s -> Article.classificationText(s[0], null, s[1])).toList();
			start = System.nanoTime();
			for (int from = 0; from < texts.size(); from += 256) {
				encoder.encodeAll(texts.subList(from, Math.min(texts.size(), from + 256)));
			}
			double alone = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "encoder alone, same texts: %.1f s = %.1f texts/s (%s)%n", alone,
					texts.size() / alone, EncoderBenchmark.uptime());
			if (fasttext != null) {
				fastText(Path.of(fasttext), texts, lead);
			}
		}
		finally {
			ctx.close();
		}
	}

	/** Trains a character skip-gram model on the texts (not timed), then times print-sentence-vectors over them. */
	private static void fastText(Path dir, List<String> texts, int lead) throws IOException, InterruptedException {
		Files.createDirectories(dir);
		Path input = dir.resolve("texts.txt");
		try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
			for (String text : texts) {
				StringBuilder line = new StringBuilder();
				text.codePoints().filter(c -> !Character.isWhitespace(c)).limit(lead)
					.forEach(c -> line.appendCodePoint(c).append(' '));
				out.write(line.toString().strip());
				out.newLine();
			}
		}
		try {
			Process train = new ProcessBuilder("fasttext", "skipgram", "-input", input.toString(), "-output",
					dir.resolve("chars").toString(), "-dim", "100", "-epoch", "1", "-thread", "2", "-minCount", "1", "-verbose", "0")
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			if (train.waitFor() != 0) {
				System.out.println("fastText training failed; no comparison");
				return;
			}
			long start = System.nanoTime();
			Process vectors = new ProcessBuilder("fasttext", "print-sentence-vectors", dir.resolve("chars.bin").toString())
				.redirectInput(input.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			int exit = vectors.waitFor();
			double s = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "fastText print-sentence-vectors (dim 100, model loading included), same %d "
					+ "texts cut to %d characters: exit %d, %.2f s = %.0f texts/s (%s)%n", texts.size(), lead, exit, s,
					texts.size() / s, EncoderBenchmark.uptime());
		}
		catch (IOException ex) {
			System.out.println("fastText not run (" + ex.getMessage() + "); install Debian's fasttext to compare");
		}
	}

	/** The first n stories with a body (title, text). */
	static List<String[]> read(Path jsonlGz, int n) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<String[]> stories = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(jsonlGz)),
				StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null && stories.size() < n; line = in.readLine()) {
				JsonNode node = json.readTree(line);
				if (!node.path("text").asText().isBlank()) {
					stories.add(new String[] { node.path("title").asText(), node.path("text").asText() });
				}
			}
		}
		return stories;
	}

	private static String option(String[] args, String name, String fallback) {
		return Arrays.stream(args).filter(a -> a.startsWith("--" + name + "=")).map(a -> a.substring(name.length() + 3))
			.findFirst().orElse(fallback);
	}

	private static void deleteStore(Path db) throws IOException {
		Files.createDirectories(db);
		try (var files = Files.list(db)) {
			for (Path f : files.filter(f -> f.getFileName().toString().startsWith("bench.")).toList()) {
				Files.delete(f);
			}
		}
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

}
