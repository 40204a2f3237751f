package com.lcnews.trends.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.ingest.internal.BadPageException;
import com.lcnews.trends.ingest.internal.PageDecoder;
import com.lcnews.trends.ingest.internal.Gazetteer;
import com.lcnews.trends.ingest.internal.PageExtractor;

/**
 * Single-threaded throughput of {@code extract} without a database: decode bytes, split, date and district, in MB of
 * page text per second (wall clock, and per CPU second of the benchmark thread, which stays meaningful on a busy
 * machine). Input: a {@code .jsonl.gz} of stories (title and text; eight stories make one page, titles as
 * headlines) or a folder of page files, repeated until the corpus reaches the target size. Not a test: run it with
 * {@code java -cp ... com.lcnews.trends.ingest.IngestBenchmark INPUT [MEGABYTES] [ROUNDS]} (see docs/README-ingest.md).
 */
public final class IngestBenchmark {

	private static final int STORIES_PER_PAGE = 8;

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws IOException, BadPageException {
		if (args.length < 1) {
			System.err.println("usage: IngestBenchmark INPUT(.jsonl.gz or folder of pages) [MEGABYTES=100] [ROUNDS=3]");
			System.exit(2);
		}
		Path input = Path.of(args[0]);
		long targetBytes = (args.length > 1 ? Long.parseLong(args[1]) : 100) * 1_000_000L;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		List<byte[]> base = input.toString().endsWith(".jsonl.gz") ? storyPages(input) : pageFiles(input);
		List<byte[]> corpus = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; bytes < targetBytes; i = (i + 1) % base.size()) {
			corpus.add(base.get(i));
			bytes += base.get(i).length;
		}
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		long buildStart = System.nanoTime();
		Gazetteer gazetteer = Gazetteer.bundled();
		double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
		System.gc();
		long heapAfter = memory.getHeapMemoryUsage().getUsed();
		System.out.printf("gazetteer: built in %.1f s, about %.0f MB of heap (%d distinct names, national division table)%n",
				buildSeconds, (heapAfter - heapBefore) / 1e6, gazetteer.size());
		PageExtractor extractor = PageExtractor.bundled();
		PageDecoder decoder = new PageDecoder(Long.MAX_VALUE);
		System.out.printf("corpus: %d pages, %.1f MB of UTF-8 page text from %s%n", corpus.size(), bytes / 1e6, input);
		run(corpus, extractor, decoder, "warm-up");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int r = 1; r <= rounds; r++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			long articles = run(corpus, extractor, decoder, null);
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
			System.out.printf("round %d: %d articles in %.2f s = %.1f MB/s wall clock, %.1f MB/s per CPU second%n", r,
					articles, seconds, bytes / 1e6 / seconds, bytes / 1e6 / cpuSeconds);
		}
	}

	private static long run(List<byte[]> corpus, PageExtractor extractor, PageDecoder decoder, String label)
			throws BadPageException {
		long articles = 0;
		for (byte[] page : corpus) {
			articles += extractor.extract("bench.txt", decoder.decode(page).text(), null, null).articles().size();
		}
		if (label != null) {
			System.out.printf("%s: %d articles%n", label, articles);
		}
		return articles;
	}

	private static List<byte[]> storyPages(Path gz) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<byte[]> pages = new ArrayList<>();
		StringBuilder page = new StringBuilder();
		int stories = 0;
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				JsonNode story = json.readTree(line);
				page.append(story.path("title").asText()).append("\n\n").append(story.path("text").asText()).append("\n\n");
				if (++stories % STORIES_PER_PAGE == 0) {
					pages.add(page.toString().getBytes(StandardCharsets.UTF_8));
					page.setLength(0);
				}
			}
		}
		return pages;
	}

	private static List<byte[]> pageFiles(Path folder) throws IOException {
		List<byte[]> pages = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
				pages.add(Files.readAllBytes(p));
			}
		}
		return pages;
	}

}
