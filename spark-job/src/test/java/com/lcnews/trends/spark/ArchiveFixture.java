package com.lcnews.trends.spark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Generated articles added to a store next to the imported seed pages: short Chinese news texts made of the topics'
 * own typical words (from {@code seeds/topics.csv}), sometimes mixing two topics, spread over days, months, years and
 * no date, over every district, the city as a whole, "not local" and unknown; with the bad input an archive holds
 * (empty and whitespace-only bodies, a very long text, text in another script) and human labels (some articles
 * labelled twice, the newer label counting). Deterministic for a seed.
 */
final class ArchiveFixture {

	private static final String[] DISTRICTS = { "371502", "371503", "371521", "371522", "371523", "371524", "371525",
			"371526", "371581", "3715", "-", null };

	private static final String[] TEMPLATES = { "%s工作扎实推进，%s取得新进展。", "记者从有关部门获悉，%s和%s情况良好。",
			"围绕%s，相关单位开展%s专项行动。", "近日，%s现场会召开，与会人员就%s交流经验。" };

	/** The seed pages' text in one line: generated articles quote random pieces of it, so no two are alike. */
	private final String quotes;

	private final List<String> topics = new ArrayList<>();

	private final List<String[]> words = new ArrayList<>();

	ArchiveFixture(Path seeds) throws IOException {
		Path topicsCsv = seeds.resolve("topics.csv");
		StringBuilder text = new StringBuilder();
		try (var pages = Files.list(seeds.resolve("pages"))) {
			for (Path page : pages.sorted().toList()) {
				text.append(Files.readString(page, StandardCharsets.UTF_8).replaceAll("\\s+", ""));
			}
		}
		this.quotes = text.toString();
		try (Reader in = Files.newBufferedReader(topicsCsv, StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				String[] keywords = r.get("keywords_zh").split("[;、，]");
				if (keywords.length >= 2 && "active".equals(r.get("status"))) {
					topics.add(r.get("code"));
					words.add(keywords);
				}
			}
		}
	}

	List<String> topics() {
		return topics;
	}

	/**
	 * Adds {@code n} articles and their labels, and records every 50th article as a near-duplicate copy of the one
	 * before it; returns the number of labels added.
	 */
	int addTo(Connection c, int n, long seed) throws SQLException {
		Random random = new Random(seed);
		Timestamp now = Timestamp.from(Instant.now());
		List<long[]> labelled = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (source_file, ordinal, headline, subheadline, "
				+ "body, kind, content_hash, article_date, date_precision, district_code, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < n; i++) {
				int topic = random.nextInt(topics.size());
				String[] w = words.get(topic);
				String[] other = words.get(random.nextInt(words.size()));
				String headline = pick(w, random) + pick(random.nextInt(5) == 0 ? other : w, random) + "取得新进展";
				ps.setString(1, "generated/page-" + (i / 8) + ".txt");
				ps.setInt(2, i % 8 + 1);
				ps.setString(3, headline);
				ps.setString(4, random.nextInt(10) == 0 ? "——" + pick(w, random) + "一线见闻" : null);
				ps.setString(5, body(i, w, other, random));
				ps.setString(6, random.nextInt(20) == 0 ? "notice" : "article");
				ps.setString(7, sha256("generated-" + seed + "-" + i));
				date(ps, random);
				ps.setString(10, DISTRICTS[random.nextInt(DISTRICTS.length)]);
				ps.setTimestamp(11, now);
				ps.addBatch();
				if (random.nextInt(20) == 0) {
					labelled.add(new long[] { i, random.nextInt(topics.size()), random.nextInt(4) == 0 ? 1 : 0 });
				}
			}
			ps.executeBatch();
		}
		recordCopies(c, n, seed);
		return label(c, labelled, seed);
	}

	/** How many copies {@link #addTo} records for {@code n} articles. */
	static int copies(int n) {
		return (n - 17 + 49) / 50;
	}

	private static void recordCopies(Connection c, int n, long seed) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_copy (article_id, original_id, encoder, "
				+ "similarity, found_at) SELECT a.id, o.id, 'bge-small-zh-v1.5-q8/lead-256', 0.99, ? FROM article a, "
				+ "article o WHERE a.content_hash = ? AND o.content_hash = ?")) {
			for (int i = 17; i < n; i += 50) {
				ps.setTimestamp(1, Timestamp.from(Instant.now()));
				ps.setString(2, sha256("generated-" + seed + "-" + i));
				ps.setString(3, sha256("generated-" + seed + "-" + (i - 1)));
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	private String body(int i, String[] w, String[] other, Random random) {
		if (i % 397 == 5) {
			return i % 2 == 0 ? "" : "  \n\t ";
		}
		if (i % 499 == 7) {
			return "Local council meets on budget; residents ask about road works and school places.";
		}
		StringBuilder body = new StringBuilder();
		int sentences = i % 601 == 11 ? 400 : 1 + random.nextInt(4);
		for (int s = 0; s < sentences; s++) {
			String[] from = random.nextInt(4) == 0 ? other : w;
			body.append(String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], pick(from, random), pick(w, random)));
			int at = random.nextInt(quotes.length() - 40);
			body.append(quotes, at, at + 12 + random.nextInt(28));
			if (random.nextInt(3) == 0) {
				body.append('\n');
			}
		}
		return body.toString();
	}

	private static void date(PreparedStatement ps, Random random) throws SQLException {
		LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1000));
		int p = random.nextInt(20);
		String precision = p < 14 ? "day" : p < 16 ? "month" : p < 17 ? "year" : "unknown";
		LocalDate stored = switch (precision) {
			case "day" -> day;
			case "month" -> day.withDayOfMonth(1);
			case "year" -> day.withDayOfYear(1);
			default -> null;
		};
		ps.setDate(8, stored == null ? null : Date.valueOf(stored));
		ps.setString(9, precision);
	}

	/** Labels the generated articles by position (ids read back by content hash order of insertion). */
	private int label(Connection c, List<long[]> labelled, long seed) throws SQLException {
		int added = 0;
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO label (article_id, topic, labelled_by, labelled_at, "
				+ "origin) SELECT id, ?, 'fixture', ?, 'dashboard' FROM article WHERE content_hash = ?")) {
			Instant at = Instant.parse("2026-01-01T00:00:00Z");
			for (long[] l : labelled) {
				String hash = sha256("generated-" + seed + "-" + l[0]);
				ps.setString(1, topics.get((int) l[1]));
				ps.setTimestamp(2, Timestamp.from(at));
				ps.setString(3, hash);
				ps.addBatch();
				added++;
				if (l[2] == 1) {
					ps.setString(1, topics.get((int) (l[1] + 1) % topics.size()));
					ps.setTimestamp(2, Timestamp.from(at.plusSeconds(3600)));
					ps.setString(3, hash);
					ps.addBatch();
					added++;
				}
			}
			ps.executeBatch();
		}
		return added;
	}

	private static String pick(String[] words, Random random) {
		return words[random.nextInt(words.length)].strip();
	}

	private static String sha256(String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
