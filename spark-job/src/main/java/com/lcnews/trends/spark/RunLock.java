package com.lcnews.trends.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The application's classification run lock (row {@code classify} of {@code batch_lock}, {@code SELECT ... FOR UPDATE
 * NOWAIT} on a connection kept open without commit): while the job writes, the application's own classification run
 * is refused and the other way round. The lock goes away with the connection, so a killed driver never blocks the next
 * run.
 */
final class RunLock implements AutoCloseable {

	private final Connection connection;

	private RunLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Takes the lock.
	 * @throws IllegalStateException when a classification run (the application's or another job's) holds it
	 */
	static RunLock take(Store store) throws SQLException {
		Connection c = store.connect();
		try {
			c.setAutoCommit(false);
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT name FROM batch_lock WHERE name = 'classify' FOR UPDATE NOWAIT")) {
				ps.executeQuery().close();
			}
			return new RunLock(c);
		}
		catch (SQLException ex) {
			c.close();
			throw new IllegalStateException("A classification run is in progress on " + store.url()
					+ " (the application's or another job's); wait until it finishes (" + ex.getMessage() + ")", ex);
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			connection.rollback();
		}
		finally {
			connection.close();
		}
	}

}
