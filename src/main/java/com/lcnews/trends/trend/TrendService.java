package com.lcnews.trends.trend;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Topic trend queries for the dashboard. Everything except {@link #articlesBehind} reads only the rollup tables (daily
 * {@code topic_rollup} for day and week series, {@code topic_rollup_month} for coarser ones and summaries), so the
 * cost depends on the date range and the number of districts and topics, not on the number of articles. When no
 * model version is given, the promoted one is used (the newest promotion; without any, the newest version in the
 * rollups).
 */
@Service
public class TrendService {

	private final JdbcTemplate jdbc;

	TrendService(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The promoted model version, if any model has counts or was promoted. */
	public Optional<String> promotedVersion() {
		List<String> promoted = jdbc.queryForList(
				"SELECT version FROM model_promotion ORDER BY promoted_at DESC, id DESC FETCH FIRST 1 ROWS ONLY",
				String.class);
		if (!promoted.isEmpty()) {
			return Optional.of(promoted.get(0));
		}
		return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(model_version) FROM topic_rollup_month", String.class));
	}

	/**
	 * Counts per period and topic, dense: every period of the range appears for every topic asked for (or every topic
	 * with a count when none was asked for), with zeros where nothing was counted.
	 */
	public List<TrendPoint> series(TrendQuery q) {
		Optional<String> version = version(q.modelVersion());
		if (version.isEmpty()) {
			return List.of();
		}
		Granularity g = q.granularity();
		LocalDate first = g.periodStart(q.from());
		List<Object> args = new ArrayList<>(List.of(version.get(), Date.valueOf(first), Date.valueOf(q.to())));
		args.addAll(g.precisions());
		String sql = "SELECT bucket_start, topic, SUM(article_count), SUM(labelled_count), SUM(low_confidence) FROM "
				+ (g.monthly() ? "topic_rollup_month" : "topic_rollup")
				+ " WHERE model_version = ? AND bucket_start >= ? AND bucket_start <= ? AND date_precision IN ("
				+ marks(g.precisions().size()) + ")" + districtFilter(q.districts(), args)
				+ " GROUP BY bucket_start, topic";
		Map<LocalDate, Map<String, long[]>> periods = new TreeMap<>();
		Set<String> seen = new TreeSet<>();
		jdbc.query(sql, rs -> {
			LocalDate period = g.periodStart(rs.getDate(1).toLocalDate());
			String topic = rs.getString(2);
			seen.add(topic);
			long[] sums = periods.computeIfAbsent(period, p -> new TreeMap<>()).computeIfAbsent(topic, t -> new long[3]);
			sums[0] += rs.getLong(3);
			sums[1] += rs.getLong(4);
			sums[2] += rs.getLong(5);
		}, args.toArray());
		Collection<String> topics = q.topics().isEmpty() ? seen : new TreeSet<>(q.topics());
		List<TrendPoint> points = new ArrayList<>();
		for (LocalDate p = first; !p.isAfter(q.to()); p = g.next(p)) {
			Map<String, long[]> byTopic = periods.getOrDefault(p, Map.of());
			long total = byTopic.values().stream().mapToLong(s -> s[0]).sum();
			for (String topic : topics) {
				long[] s = byTopic.getOrDefault(topic, new long[3]);
				points.add(new TrendPoint(p, topic, s[0], total, s[2], s[1]));
			}
		}
		return points;
	}

	/**
	 * The series of {@link #series} corrected for the classifier's known errors: every topic's point per period, raw
	 * and estimated with an interval (see {@link TopicShareCorrection}); only the topics asked for are returned.
	 */
	public List<CorrectedPoint> correctedSeries(TrendQuery q, TopicShareCorrection correction) {
		TrendQuery all = new TrendQuery(q.granularity(), q.from(), q.to(), q.districts(), Set.of(), q.modelVersion());
		List<CorrectedPoint> points = correction.correct(series(all));
		return q.topics().isEmpty() ? points : points.stream().filter(p -> q.topics().contains(p.topic())).toList();
	}

	/**
	 * Topics rising in the week or month containing {@code asOf}, city-wide and per district, against their usual
	 * share (see {@link RisingTopics}); reads the rollups of that period and of the years before it.
	 */
	public List<RisingTopics.Rising> rising(Granularity g, LocalDate asOf, List<String> districts, List<String> topics,
			String modelVersion) {
		Optional<String> version = version(modelVersion);
		if (version.isEmpty()) {
			return List.of();
		}
		LocalDate period = g.periodStart(asOf);
		LocalDate from = g.periodStart(period.minusYears(RisingTopics.SEASON_YEARS).minusMonths(2));
		List<Object> args = new ArrayList<>(List.of(version.get(), Date.valueOf(from), Date.valueOf(g.next(period))));
		args.addAll(g.precisions());
		Map<LocalDate, Map<String, Map<String, Long>>> counts = new TreeMap<>();
		jdbc.query("SELECT bucket_start, district_code, topic, SUM(article_count) FROM "
				+ (g.monthly() ? "topic_rollup_month" : "topic_rollup")
				+ " WHERE model_version = ? AND bucket_start >= ? AND bucket_start < ? AND date_precision IN ("
				+ marks(g.precisions().size()) + ") GROUP BY bucket_start, district_code, topic", rs -> {
					counts.computeIfAbsent(g.periodStart(rs.getDate(1).toLocalDate()), k -> new TreeMap<>())
						.computeIfAbsent(rs.getString(2), k -> new TreeMap<>())
						.merge(rs.getString(3), rs.getLong(4), Long::sum);
				}, args.toArray());
		return RisingTopics.find(period, g, counts, districts, topics);
	}

	/** Articles per topic and district dated (at any precision) within the months of the range. */
	public List<CoverageCell> coverage(LocalDate from, LocalDate to, String modelVersion) {
		Optional<String> version = version(modelVersion);
		if (version.isEmpty()) {
			return List.of();
		}
		return jdbc.query("SELECT topic, district_code, SUM(article_count) FROM topic_rollup_month "
				+ "WHERE model_version = ? AND date_precision <> 'unknown' AND bucket_start >= ? AND bucket_start <= ? "
				+ "GROUP BY topic, district_code ORDER BY topic, district_code",
				(rs, i) -> new CoverageCell(rs.getString(1), rs.getString(2), rs.getLong(3)), version.get(),
				Date.valueOf(from.withDayOfMonth(1)), Date.valueOf(to));
	}

	/** How many counted articles have each date precision and an unknown district, and how many were skipped. */
	public UndatedSummary undatedSummary(String modelVersion) {
		Optional<String> version = version(modelVersion);
		if (version.isEmpty()) {
			return new UndatedSummary(0, 0, 0, 0, 0, 0);
		}
		Map<String, Long> byPrecision = new TreeMap<>();
		long[] unknownDistrict = new long[1];
		jdbc.query("SELECT date_precision, district_code, SUM(article_count) FROM topic_rollup_month "
				+ "WHERE model_version = ? GROUP BY date_precision, district_code", rs -> {
					byPrecision.merge(rs.getString(1), rs.getLong(3), Long::sum);
					if ("?".equals(rs.getString(2))) {
						unknownDistrict[0] += rs.getLong(3);
					}
				}, version.get());
		Long skipped = jdbc.queryForObject("SELECT COUNT(*) FROM classification_skip WHERE model_version = ?",
				Long.class, version.get());
		return new UndatedSummary(byPrecision.getOrDefault("day", 0L), byPrecision.getOrDefault("month", 0L),
				byPrecision.getOrDefault("year", 0L), byPrecision.getOrDefault("unknown", 0L), unknownDistrict[0],
				skipped == null ? 0 : skipped);
	}

	/** Promotions from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
	public List<ModelChange> modelChanges(Instant from, Instant to) {
		return jdbc.query("SELECT version, promoted_at, promoted_by FROM model_promotion WHERE promoted_at >= ? "
				+ "AND promoted_at < ? ORDER BY promoted_at, id",
				(rs, i) -> new ModelChange(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)),
				Timestamp.from(from), Timestamp.from(to));
	}

	/**
	 * The articles behind one chart point, by id, at most {@code limit} (1 to 500) of them. Reads articles, so it is
	 * meant for one point at a time.
	 */
	public List<ArticleRef> articlesBehind(LocalDate periodStart, Granularity granularity, String topic,
			Set<String> districts, String modelVersion, int limit) {
		return new ArticleDrillDown(jdbc).find(periodStart, granularity, topic, districts == null ? Set.of() : districts,
				version(modelVersion), Math.max(1, Math.min(limit, 500)));
	}

	/** The first and last dated bucket of a model's rollups (undated articles excluded), if it counted any. */
	public Optional<DataRange> dataRange(String modelVersion) {
		Optional<String> version = version(modelVersion);
		if (version.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.query("SELECT MIN(bucket_start), MAX(bucket_start) FROM topic_rollup_month WHERE model_version = ? "
				+ "AND date_precision <> 'unknown'", rs -> {
					if (!rs.next() || rs.getDate(1) == null) {
						return Optional.<DataRange>empty();
					}
					LocalDate last = rs.getDate(2).toLocalDate();
					return Optional.of(new DataRange(rs.getDate(1).toLocalDate(), last.plusMonths(1).minusDays(1)));
				}, version.get());
	}

	private Optional<String> version(String requested) {
		return requested != null ? Optional.of(requested) : promotedVersion();
	}

	static String districtFilter(Set<String> districts, List<Object> args) {
		if (districts.isEmpty()) {
			return "";
		}
		args.addAll(districts);
		return " AND district_code IN (" + marks(districts.size()) + ")";
	}

	static String marks(int n) {
		return "?" + ",?".repeat(n - 1);
	}

}
