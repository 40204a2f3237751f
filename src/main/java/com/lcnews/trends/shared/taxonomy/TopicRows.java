package com.lcnews.trends.shared.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.TopicCatalog;

/** The SQL of table {@code topic}; only {@link Taxonomy} uses it. */
final class TopicRows {

	private static final String SELECT = "SELECT code, name_zh, name_en, status, description, description_zh, keywords_zh, "
			+ "revision, created_by, created_at, changed_by, changed_at, last_change FROM topic";

	private final JdbcClient jdbc;

	TopicRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every topic in taxonomy order. */
	List<TopicRecord> all() {
		return jdbc.sql(SELECT + " ORDER BY sort_order, code").query((rs, n) -> record(rs)).list();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM topic").query(Long.class).single();
	}

	/** Adds a topic after the last one. */
	void insert(TopicCatalog.Entry entry, String by, Instant at) {
		int order = jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM topic").query(Integer.class).single();
		jdbc.sql("INSERT INTO topic (code, sort_order, name_zh, name_en, status, description, description_zh, keywords_zh, "
				+ "revision, created_by, created_at, changed_by, changed_at, last_change) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")
			.params(entry.topic().code(), order, entry.nameZh(), entry.nameEn(), status(entry), entry.description(),
					entry.descriptionZh(), String.join(";", entry.keywordsZh()), by, Timestamp.from(at), by,
					Timestamp.from(at), TopicChanged.Change.ADDED.code())
			.update();
	}

	/**
	 * Stores a changed topic if it is still at {@code revision}.
	 * @return false when someone changed it meanwhile
	 */
	boolean update(TopicCatalog.Entry entry, int revision, Set<TopicChanged.Change> changes, String by, Instant at) {
		return jdbc.sql("UPDATE topic SET name_zh = ?, name_en = ?, status = ?, description = ?, description_zh = ?, "
				+ "keywords_zh = ?, revision = revision + 1, changed_by = ?, changed_at = ?, last_change = ? "
				+ "WHERE code = ? AND revision = ?")
			.params(entry.nameZh(), entry.nameEn(), status(entry), entry.description(), entry.descriptionZh(),
					String.join(";", entry.keywordsZh()), by, Timestamp.from(at), changes(changes),
					entry.topic().code(), revision)
			.update() == 1;
	}

	private static String status(TopicCatalog.Entry entry) {
		return entry.active() ? "active" : "retired";
	}

	private static String changes(Set<TopicChanged.Change> changes) {
		return EnumSet.copyOf(changes).stream().map(TopicChanged.Change::code).collect(Collectors.joining(","));
	}

	private static TopicRecord record(ResultSet rs) throws SQLException {
		TopicCatalog.Entry entry = new TopicCatalog.Entry(new Topic(rs.getString(1)), rs.getString(2), rs.getString(3),
				"active".equals(rs.getString(4)), rs.getString(5), rs.getString(6), TopicCatalog.keywords(rs.getString(7)));
		Set<TopicChanged.Change> last = Arrays.stream(rs.getString(13).split(","))
			.map(s -> TopicChanged.Change.valueOf(s.strip().toUpperCase(Locale.ROOT)))
			.collect(Collectors.toSet());
		return new TopicRecord(entry, rs.getInt(8), rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11),
				rs.getTimestamp(12).toInstant(), last);
	}

}
