package com.lcnews.trends.vectors;

import java.util.List;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** A JdbcTemplate whose first write to one table fails, as when the connection drops at that moment. */
final class FailingOnceJdbc extends JdbcTemplate {

	private final String table;

	private boolean failed;

	FailingOnceJdbc(JdbcTemplate jdbc, String table) {
		super(jdbc.getDataSource());
		this.table = table;
	}

	private void maybeFail(String sql) {
		if (!failed && sql.contains("INSERT INTO " + table)) {
			failed = true;
			throw new DataAccessResourceFailureException("connection lost while writing " + table);
		}
	}

	@Override
	public int update(String sql, Object... args) {
		maybeFail(sql);
		return super.update(sql, args);
	}

	@Override
	public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
		maybeFail(sql);
		return super.batchUpdate(sql, batchArgs);
	}

}
