package com.lcnews.trends.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.testing.ArticleFixtures;

/**
 * Benchmark corpus: the stories of a JSON Lines file ({@code title}, {@code text}, {@code date}) replicated until
 * {@code n} articles, copy k shifted by k weeks (so the date range stays about the same and articles per day grow),
 * with districts and date precisions spread deterministically (about 2% month-only, 1% year-only, 1% undated, 8%
 * unknown district).
 */
final class BenchCorpus {

	private static final String[] DISTRICTS = { "371502", "371503", "371521", "371522", "371524", "371525", "371526",
			"371581", "3715", "-", null, "371502" };

	record Story(String title, String text, LocalDate date) {
	}

	private BenchCorpus() {
	}

	static List<Story> read(Path jsonlGz) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<Story> stories = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(jsonlGz)), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				JsonNode node = json.readTree(line);
				stories.add(new Story(node.path("title").asText(), node.path("text").asText(),
						LocalDate.parse(node.path("date").asText())));
			}
		}
		return stories;
	}

	/** Inserts articles {@code from} (inclusive) to {@code to} (exclusive) of the replicated corpus. */
	static void insert(JdbcTemplate jdbc, List<Story> stories, int from, int to) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> batch = new ArrayList<>(2000);
		for (int i = from; i < to; i++) {
			Story s = stories.get(i % stories.size());
			int copy = i / stories.size();
			LocalDate date = s.date().plusWeeks(copy);
			int r = Math.floorMod(i * 31 + copy * 7, 100);
			DatePrecision p = r < 96 ? DatePrecision.DAY : r < 98 ? DatePrecision.MONTH : r < 99 ? DatePrecision.YEAR
					: DatePrecision.UNKNOWN;
			LocalDate stored = p == DatePrecision.UNKNOWN ? null : p.truncate(date);
			batch.add(new Object[] { "bench-" + copy + ".jsonl", i, s.title(), s.text(),
					ArticleFixtures.sha256(copy + "|" + i + "|" + s.title()), stored == null ? null : Date.valueOf(stored),
					p.code(), DISTRICTS[Math.floorMod(i * 7 + copy, DISTRICTS.length)], now });
			if (batch.size() == 2000) {
				flush(jdbc, batch);
			}
		}
		flush(jdbc, batch);
	}

	private static void flush(JdbcTemplate jdbc, List<Object[]> batch) {
		jdbc.batchUpdate("INSERT INTO article (source_file, ordinal, headline, body, kind, content_hash, article_date, "
				+ "date_precision, district_code, created_at) VALUES (?, ?, ?, ?, 'article', ?, ?, ?, ?, ?)", batch);
		batch.clear();
	}

}
