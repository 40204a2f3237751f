package com.lcnews.trends.batch;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to {@value #ROWS} rows:
 * standard SQL, and much faster than a JDBC batch of single-row inserts on H2, which executes each batch entry as a
 * statement of its own.
 */
final class MultiRowInsert {

	static final int ROWS = 200;

	private MultiRowInsert() {
	}

	static void insert(JdbcTemplate jdbc, String table, String columns, int width, List<Object[]> rows) {
		String row = "(?" + ",?".repeat(width - 1) + ")";
		for (int from = 0; from < rows.size(); from += ROWS) {
			int n = Math.min(ROWS, rows.size() - from);
			StringBuilder sql = new StringBuilder(40 + n * (row.length() + 1)).append("INSERT INTO ")
				.append(table)
				.append(" (")
				.append(columns)
				.append(") VALUES ")
				.append(row);
			Object[] args = new Object[n * width];
			for (int i = 0; i < n; i++) {
				if (i > 0) {
					sql.append(',').append(row);
				}
				System.arraycopy(rows.get(from + i), 0, args, i * width, width);
			}
			jdbc.update(sql.toString(), args);
		}
	}

}
