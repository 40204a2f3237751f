package com.lcnews.trends.classify.embed;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.TextEncoder;

/**
 * Encoder speed benchmark (not a test): for each model variant and batch size, load time, resident memory, and
 * texts/s, tokens/s and achieved multiply-adds per second at several lengths of real news text (CCTV stories, headline
 * + body), beside the model's cost per token. Run:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.lcnews.trends.classify.embed.EncoderBenchmark -Dexec.args="../shared/bench/xwlb_stories.jsonl.gz"
 * </pre>
 *
 * Arguments: stories file, then optionally seconds per measurement (default 8), models (comma-separated), batches.
 */
public final class EncoderBenchmark {

	/** Multiply-adds per token of bge-small-zh (4 layers, hidden 512, FFN 2048): Q, K, V, O and the two FFN matrices. */
	static final long LINEAR_MACS_PER_TOKEN = 4L * (4L * 512 * 512 + 2L * 512 * 2048);

	private EncoderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path stories = Path.of(args.length > 0 ? args[0] : "../shared/bench/xwlb_stories.jsonl.gz");
		double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 8;
		List<String> models = List.of((args.length > 2 ? args[2] : Encoders.BGE_SMALL_ZH_Q8 + "," + Encoders.BGE_SMALL_ZH).split(","));
		List<Integer> batches = java.util.Arrays.stream((args.length > 3 ? args[3] : "1,16").split(",")).map(Integer::valueOf).toList();
		List<String> texts = read(stories, 4000);
		System.out.println("load: " + uptime() + ", threads " + Encoders.threads() + ", callers " + Integer.getInteger("bench.callers", 1) + ", " + texts.size() + " stories");
		System.out.println("MACs per token: linear " + LINEAR_MACS_PER_TOKEN / 1e6 + " M + attention 4*2*512*S");
		for (String model : models) {
			for (int batch : batches) {
				long rssBefore = rssKb();
				TextEncoder encoder = Encoders.open(new EncoderSpec(model, 512, 32), Encoders.threads(), batch);
				System.out.printf(Locale.ROOT, "%n%s batch %d: load %.2f s, resident +%d MB%n", model, batch,
						Encoders.loadSeconds(encoder), (rssKb() - rssBefore) / 1024);
				System.out.printf(Locale.ROOT, "%6s %8s %9s %10s %9s %s%n", "chars", "tokens", "texts/s", "tokens/s", "GMAC/s", "load");
				for (int chars : List.of(32, 64, 128, 256, 512)) {
					measure(encoder.withLeadChars(chars), texts, seconds);
				}
				System.out.printf(Locale.ROOT, "resident after runs: %d MB%n", rssKb() / 1024);
				Encoders.close(encoder);
			}
		}
	}

	/**
	 * Texts/s of one encoder at one length, called from {@code bench.callers} threads at once (system property, default
	 * 1): with intra-op threads 1 and two callers, each core runs its own text.
	 */
	private static void measure(TextEncoder encoder, List<String> texts, double seconds) throws Exception {
		encoder.encodeAll(texts.subList(0, 16));
		int callers = Integer.getInteger("bench.callers", 1);
		java.util.concurrent.atomic.AtomicLong tokenSum = new java.util.concurrent.atomic.AtomicLong();
		java.util.concurrent.atomic.AtomicInteger doneSum = new java.util.concurrent.atomic.AtomicInteger();
		long start = System.nanoTime();
		int chunk = 64;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < callers; c++) {
			int offset = c * 997;
			Thread caller = new Thread(() -> {
				int mine = 0;
				while ((System.nanoTime() - start) / 1e9 < seconds) {
					List<String> part = new ArrayList<>();
					for (int i = 0; i < chunk; i++) {
						part.add(texts.get((offset + mine + i) % texts.size()));
					}
					for (String t : part) {
						tokenSum.addAndGet(Encoders.tokenCount(encoder, t));
					}
					encoder.encodeAll(part);
					mine += chunk;
					doneSum.addAndGet(chunk);
				}
			});
			caller.start();
			threads.add(caller);
		}
		for (Thread t : threads) {
			t.join();
		}
		long tokens = tokenSum.get();
		int done = doneSum.get();
		double elapsed = (System.nanoTime() - start) / 1e9;
		double meanTokens = (double) tokens / done;
		double macs = tokens * (LINEAR_MACS_PER_TOKEN + 4.0 * 2 * 512 * meanTokens);
		System.out.printf(Locale.ROOT, "%6d %8.1f %9.1f %10.0f %9.2f %s%n", encoder.spec().leadChars(), meanTokens,
				done / elapsed, tokens / elapsed, macs / elapsed / 1e9, uptime());
	}

	static List<String> read(Path jsonlGz, int limit) throws Exception {
		ObjectMapper json = new ObjectMapper();
		List<String> texts = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(jsonlGz)), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null && texts.size() < limit; line = in.readLine()) {
				JsonNode node = json.readTree(line);
				String text = node.path("title").asText() + "\n" + node.path("text").asText();
				if (text.length() >= 600) {
					texts.add(text);
				}
			}
		}
		return texts;
	}

	/** The machine's load averages, for benchmark output. */
	public static String uptime() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return "loadavg " + parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (Exception ex) {
			return "loadavg n/a";
		}
	}

	static long rssKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (Exception ex) {
			// not on Linux
		}
		return 0;
	}

}
