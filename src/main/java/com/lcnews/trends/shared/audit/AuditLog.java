package com.lcnews.trends.shared.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.lcnews.trends.shared.Actors;

/**
 * The audit log (table {@code audit_event}, owned here): who corrected, promoted, imported, or changed an account,
 * when and what. Features call {@link #record} inside their own transaction, so an entry exists exactly when the
 * change was stored. Entries are only ever added. Administrators read them on the dashboard.
 */
@Service
public class AuditLog {

	/** The actor of changes the application makes by itself (first start, model folder sync). */
	public static final String SYSTEM = Actors.SYSTEM;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds an entry in the caller's transaction.
	 * @param actor who did it; null or blank is recorded as {@link #SYSTEM}
	 * @param target {@code kind:key}, see {@link AuditEntry#target()}
	 * @param details further facts by name (values may be null; they are left out)
	 */
	public void record(AuditAction action, String actor, String target, Map<String, ?> details) {
		Map<String, String> kept = new LinkedHashMap<>();
		details.forEach((k, v) -> {
			if (v != null) {
				kept.put(k, cut(String.valueOf(v), 300));
			}
		});
		String json;
		try {
			json = JSON.writeValueAsString(kept);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write audit details", ex);
		}
		jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, target, details_json) VALUES (?, ?, ?, ?, ?)",
				Timestamp.from(Instant.now()), cut(actor == null || actor.isBlank() ? SYSTEM : actor, 64),
				action.code(), cut(target, 200), cut(json, 2000));
	}

	/** Entries matching the query, newest first. */
	public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
		List<Object> args = new ArrayList<>();
		String sql = "SELECT id, occurred_at, actor, action, target, details_json FROM audit_event" + where(query, args)
				+ " ORDER BY occurred_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
		args.add(Math.max(0, offset));
		args.add(Math.max(1, limit));
		return jdbc.query(sql, (rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
				AuditAction.ofCode(rs.getString(4)), rs.getString(5), details(rs.getString(6))), args.toArray());
	}

	/** How many entries match the query. */
	public long count(AuditQuery query) {
		List<Object> args = new ArrayList<>();
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event" + where(query, args), Long.class, args.toArray());
		return n == null ? 0 : n;
	}

	/** Everyone who appears as an actor, sorted. */
	public List<String> actors() {
		return jdbc.queryForList("SELECT DISTINCT actor FROM audit_event ORDER BY actor", String.class);
	}

	private static String where(AuditQuery q, List<Object> args) {
		StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
		if (q.actions() != null && !q.actions().isEmpty()) {
			sql.append(" AND action IN (").append("?,".repeat(q.actions().size() - 1)).append("?)");
			q.actions().forEach(a -> args.add(a.code()));
		}
		if (q.actor() != null && !q.actor().isBlank()) {
			sql.append(" AND actor = ?");
			args.add(q.actor());
		}
		ZoneId zone = ZoneId.systemDefault();
		if (q.from() != null) {
			sql.append(" AND occurred_at >= ?");
			args.add(Timestamp.from(q.from().atStartOfDay(zone).toInstant()));
		}
		if (q.to() != null) {
			sql.append(" AND occurred_at < ?");
			args.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (q.text() != null && !q.text().isBlank()) {
			String like = "%" + escapeLike(q.text().strip().toLowerCase(Locale.ROOT)) + "%";
			sql.append(" AND (LOWER(target) LIKE ? ESCAPE '\\' OR LOWER(details_json) LIKE ? ESCAPE '\\')");
			args.add(like);
			args.add(like);
		}
		return sql.toString();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Map<String, String> details(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		try {
			return JSON.readValue(json, DETAILS);
		}
		catch (JsonProcessingException ex) {
			return Map.of("details", json);
		}
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
