package com.lcnews.trends.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * An exclusive run lock (rows {@code classify}, {@code embed} and {@code rollup} of table {@code batch_lock}, which this
 * class owns) held as a row lock ({@code SELECT ... FOR UPDATE NOWAIT} on a {@code batch_lock} row) on a
 * connection kept open, without commit, for the whole run. A second process or thread cannot take it; when the holder
 * dies, the database ends its session and the lock is free again, so a killed run never blocks the next one.
 */
public final class RunLock implements AutoCloseable {

	private final Connection connection;

	private RunLock(Connection connection) {
		this.connection = connection;
	}

	/** Takes the lock, or returns empty at once when another run holds it. */
	public static Optional<RunLock> tryAcquire(DataSource dataSource, String name) {
		Connection c = null;
		try {
			c = dataSource.getConnection();
			c.setAutoCommit(false);
			try (PreparedStatement ps = c.prepareStatement("SELECT name FROM batch_lock WHERE name = ? FOR UPDATE NOWAIT")) {
				ps.setString(1, name);
				try (ResultSet rs = ps.executeQuery()) {
					if (!rs.next()) {
						throw new IllegalStateException("No row '" + name + "' in batch_lock: is the schema migrated?");
					}
				}
			}
			return Optional.of(new RunLock(c));
		}
		catch (SQLException ex) {
			closeQuietly(c);
			if (isLockConflict(ex)) {
				return Optional.empty();
			}
			throw new IllegalStateException("Cannot take the run lock '" + name + "': " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(c);
			throw ex;
		}
	}

	/**
	 * Takes a row lock on the row {@code id} of {@code table} (for a run recorded in that row: while its process holds
	 * the lock, the run is alive), or returns empty at once when another session holds it.
	 */
	public static Optional<RunLock> tryAcquireRow(DataSource dataSource, String table, long id) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		Connection c = null;
		try {
			c = dataSource.getConnection();
			c.setAutoCommit(false);
			// PostgreSQL: a key-preserving lock, so rows that refer to this one (the run's articles) can still be inserted
			String mode = c.getMetaData().getDatabaseProductName().contains("PostgreSQL") ? "FOR NO KEY UPDATE" : "FOR UPDATE";
			try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE id = ? " + mode + " NOWAIT")) {
				ps.setLong(1, id);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
				}
			}
			return Optional.of(new RunLock(c));
		}
		catch (SQLException ex) {
			closeQuietly(c);
			if (isLockConflict(ex)) {
				return Optional.empty();
			}
			throw new IllegalStateException("Cannot lock row " + id + " of " + table + ": " + ex.getMessage(), ex);
		}
	}

	/** Runs one update on the locked session and commits it, which also releases the lock. */
	public int commitUpdate(String sql, Object... parameters) {
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				ps.setObject(i + 1, parameters[i]);
			}
			int updated = ps.executeUpdate();
			connection.commit();
			return updated;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot update under the run lock: " + ex.getMessage(), ex);
		}
	}

	/** PostgreSQL 55P03 (lock not available); H2 lock timeout (50200) or concurrent update (90131). */
	private static boolean isLockConflict(SQLException ex) {
		return "55P03".equals(ex.getSQLState()) || ex.getErrorCode() == 50200 || ex.getErrorCode() == 90131;
	}

	@Override
	public void close() {
		closeQuietly(connection);
	}

	private static void closeQuietly(Connection c) {
		if (c == null) {
			return;
		}
		try {
			c.rollback();
		}
		catch (SQLException ex) {
			// the session is gone, and with it the lock
		}
		try {
			c.close();
		}
		catch (SQLException ex) {
			// nothing left to release
		}
	}

}
