package com.lcnews.trends.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Whole tables of a store as sorted lines, so that tests compare two stores row for row. */
final class StoreTables {

	private final String url;

	StoreTables(String url) {
		this.url = url;
	}

	List<String> classifications() throws SQLException {
		return rows("SELECT article_id, model_version, topic, confidence, scores_json FROM classification");
	}

	List<String> skips() throws SQLException {
		return rows("SELECT article_id, model_version, reason FROM classification_skip");
	}

	List<String> rollups(String table) throws SQLException {
		return rows("SELECT model_version, date_precision, bucket_start, district_code, topic, article_count, "
				+ "labelled_count, low_confidence FROM " + table + " WHERE article_count > 0");
	}

	List<String> vectors() throws SQLException {
		return rows("SELECT article_id, encoder, OCTET_LENGTH(vector), RAWTOHEX(HASH('SHA-256', vector)) FROM article_vector");
	}

	long count(String sql) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	void execute(String sql) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, "sa", "");
	}

	List<String> rows(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			ResultSetMetaData meta = rs.getMetaData();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					row.append(i > 1 ? "|" : "").append(rs.getString(i));
				}
				rows.add(row.toString());
			}
		}
		Collections.sort(rows);
		return rows;
	}

}
