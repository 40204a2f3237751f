package com.lcnews.trends.shared.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The only reader and writer of table {@code user_account}. */
@Repository
class AccountStore {

	/** An account with its encoded password, for sign-in. */
	record Stored(Account account, String passwordHash) {
	}

	private static final String COLUMNS = "username, role, enabled, created_at, created_by, updated_at, password_hash";

	private final JdbcTemplate jdbc;

	AccountStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(String username) {
		return jdbc.query("SELECT " + COLUMNS + " FROM user_account WHERE username = ?", AccountStore::stored, username)
			.stream()
			.findFirst();
	}

	/** The account whose name equals this one ignoring case, if any. */
	Optional<String> nameLike(String username) {
		return jdbc.queryForList("SELECT username FROM user_account WHERE LOWER(username) = LOWER(?)", String.class,
				username).stream().findFirst();
	}

	List<Account> list() {
		return jdbc.query("SELECT " + COLUMNS + " FROM user_account ORDER BY username",
				(rs, i) -> stored(rs, i).account());
	}

	long count() {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM user_account", Long.class);
		return n == null ? 0 : n;
	}

	long enabledAdministrators() {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE role = ? AND enabled = TRUE", Long.class,
				Roles.ADMIN);
		return n == null ? 0 : n;
	}

	void insert(String username, String passwordHash, String role, boolean enabled, String by) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("INSERT INTO user_account (username, password_hash, role, enabled, created_at, created_by, updated_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)", username, passwordHash, role, enabled, now, by, now);
	}

	boolean updateRole(String username, String role) {
		return update("role = ?", role, username);
	}

	boolean updatePassword(String username, String passwordHash) {
		return update("password_hash = ?", passwordHash, username);
	}

	boolean updateEnabled(String username, boolean enabled) {
		return update("enabled = ?", enabled, username);
	}

	boolean delete(String username) {
		return jdbc.update("DELETE FROM user_account WHERE username = ?", username) == 1;
	}

	/**
	 * Locks the table's rows for the rest of the transaction, so that checks such as "another enabled administrator
	 * remains" cannot be overtaken by a concurrent change.
	 */
	void lockAll() {
		jdbc.query("SELECT username FROM user_account FOR UPDATE", rs -> {
		});
	}

	private boolean update(String set, Object value, String username) {
		return jdbc.update("UPDATE user_account SET " + set + ", updated_at = ? WHERE username = ?", value,
				Timestamp.from(Instant.now()), username) == 1;
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant(),
				rs.getString(5), rs.getTimestamp(6).toInstant()), rs.getString(7));
	}

}
