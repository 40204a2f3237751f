package com.lcnews.trends.spark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Benchmark (not a test): the same articles classified, in one run, by the application's own batch job (its
 * {@code classify} command) and by the job jar through spark-submit in local mode with 1 and with 2 cores, each on its
 * own copy of one store. The store holds the seed pages and the first N stories of the benchmark corpus (read at run
 * time from {@code ../shared/bench/}, never copied into the project). Prints wall times, articles per second and the
 * machine's load.
 *
 * <pre>
 * java -cp target/test-classes:$(cat target/cp.txt) com.lcnews.trends.spark.SparkBenchmark \
 *     ../../shared/bench/xwlb_stories.jsonl.gz 1000
 * </pre>
 */
public final class SparkBenchmark {

	private SparkBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		int n = Integer.parseInt(args[1]);
		Path dir = Files.createTempDirectory("spark-benchmark");
		Files.createDirectories(dir.resolve("user"));
		Processes processes = new Processes(dir);
		Path base = dir.resolve("base");
		check(processes.app(base, "import", Path.of(System.getProperty("newstrends.seeds", "../seeds"), "pages")
			.toAbsolutePath().toString()));
		try (Connection c = new StoreTables(url(base)).connect()) {
			insertStories(c, corpus, n);
		}
		long articles = new StoreTables(url(base)).count("SELECT COUNT(*) FROM article");
		System.out.printf(Locale.ROOT, "%d articles (seed pages + %d stories); load before: %s%n", articles, n, uptime());
		Path app = copy(base, dir.resolve("app"));
		long start = System.nanoTime();
		Processes.Result appRun = check(processes.app(app, "classify"));
		report("application classify (batch job, 2 cores)", articles, seconds(start), appRun.out());
		for (String master : new String[] { "local[1]", "local[2]" }) {
			Path home = copy(base, dir.resolve(master.replaceAll("\\W", "")));
			start = System.nanoTime();
			Processes.Result run = check(processes.sparkSubmit(master, "classify", "--jdbc", url(home)));
			report("spark-submit --master " + master, articles, seconds(start), run.out());
		}
		System.out.println("load after: " + uptime());
	}

	private static void report(String what, long articles, double wall, String out) {
		String line = out.strip().lines().reduce((a, b) -> b).orElse("");
		String ownRate = SparkJobIT.field(line, "articlesPerSecond");
		System.out.printf(Locale.ROOT, "%-45s wall %6.1f s (JVM start and model load included) = %6.1f articles/s; "
				+ "classification stage %s articles/s%n", what, wall, articles / wall, ownRate);
	}

	private static void insertStories(Connection c, Path corpus, int n) throws Exception {
		ObjectMapper json = new ObjectMapper();
		Timestamp now = Timestamp.from(Instant.now());
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)),
				StandardCharsets.UTF_8));
				PreparedStatement ps = c.prepareStatement("INSERT INTO article (source_file, ordinal, headline, body, kind, "
						+ "content_hash, article_date, date_precision, created_at) VALUES (?, 1, ?, ?, 'article', ?, ?, 'day', ?)")) {
			String line;
			for (int i = 0; i < n && (line = in.readLine()) != null; i++) {
				JsonNode story = json.readTree(line);
				ps.setString(1, "bench/" + story.get("id").asText());
				ps.setString(2, story.get("title").asText());
				ps.setString(3, story.get("text").asText());
				ps.setString(4, HexFormat.of().formatHex(sha.digest(story.get("id").asText().getBytes(StandardCharsets.UTF_8))));
				ps.setDate(5, Date.valueOf(LocalDate.parse(story.get("date").asText())));
				ps.setTimestamp(6, now);
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	private static Processes.Result check(Processes.Result r) {
		if (r.exit() != 0) {
			throw new IllegalStateException("exit " + r.exit() + ": " + r.err());
		}
		return r;
	}

	private static Path copy(Path from, Path to) throws Exception {
		Files.createDirectories(to.resolve("db"));
		Files.copy(from.resolve("db/newstrends.mv.db"), to.resolve("db/newstrends.mv.db"), StandardCopyOption.REPLACE_EXISTING);
		return to;
	}

	private static String url(Path home) {
		return "jdbc:h2:file:" + home.toAbsolutePath() + "/db/newstrends;AUTO_SERVER=TRUE";
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String uptime() throws Exception {
		Process p = new ProcessBuilder("uptime").start();
		return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
	}

}
