package com.lcnews.trends.spark;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the product's store is (a JDBC URL with its account) and the few questions the job asks it outside the
 * writes: which model is promoted, where its artifact is, whether the schema is recent enough. Serializable: executors
 * open their own connections with it.
 *
 * @param url e.g. {@code jdbc:postgresql://db:5432/newstrends} or {@code jdbc:h2:file:/home/.../db/newstrends;AUTO_SERVER=TRUE}
 */
public record Store(String url, String user, String password) implements Serializable {

	/** A registered model: its version and where its sidecar is (a name in the data home's models folder, or a path). */
	public record RegisteredModel(String version, String artifact) {
	}

	public Store {
		if (url == null || !url.startsWith("jdbc:")) {
			throw new IllegalArgumentException("Not a JDBC URL: '" + url + "'");
		}
	}

	/** A new connection (auto-commit on). */
	public Connection connect() throws SQLException {
		String driver = driverClass();
		if (driver == null) {
			return DriverManager.getConnection(url, properties());
		}
		// the driver class directly: under spark-submit the job jar's drivers are not visible to DriverManager
		try {
			Connection c = ((Driver) Class.forName(driver).getDeclaredConstructor().newInstance()).connect(url, properties());
			if (c == null) {
				throw new SQLException("The driver " + driver + " does not accept " + url);
			}
			return c;
		}
		catch (ReflectiveOperationException ex) {
			throw new SQLException("The JDBC driver " + driver + " is not in the job jar", ex);
		}
	}

	/** The driver class of the URL's database (H2 and PostgreSQL ship in the job jar), null for others. */
	public String driverClass() {
		if (url.startsWith("jdbc:h2:")) {
			return "org.h2.Driver";
		}
		return url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : null;
	}

	/** User and password as JDBC properties. */
	public Properties properties() {
		Properties p = new Properties();
		if (user != null) {
			p.setProperty("user", user);
		}
		p.setProperty("password", password == null ? "" : password);
		return p;
	}

	/** The properties of Spark's JDBC source: user, password and the driver class. */
	public Properties sparkProperties() {
		Properties p = properties();
		if (driverClass() != null) {
			p.setProperty("driver", driverClass());
		}
		return p;
	}

	/** The promoted model, if any (the newest promotion). */
	public Optional<String> promotedVersion() throws SQLException {
		try (Connection c = connect();
				PreparedStatement ps = c.prepareStatement(
						"SELECT version FROM model_promotion ORDER BY promoted_at DESC, id DESC FETCH FIRST 1 ROWS ONLY");
				ResultSet rs = ps.executeQuery()) {
			return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
		}
	}

	/** A registered model by version. */
	public Optional<RegisteredModel> model(String version) throws SQLException {
		try (Connection c = connect();
				PreparedStatement ps = c.prepareStatement("SELECT version, artifact_path FROM model WHERE version = ?")) {
			ps.setString(1, version);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(new RegisteredModel(rs.getString(1), rs.getString(2))) : Optional.empty();
			}
		}
	}

	/**
	 * Checks that the store has the tables the job writes (the application migrates its schema when it starts).
	 * @throws IllegalStateException saying what to do when a table is missing
	 */
	public void checkSchema() throws SQLException {
		try (Connection c = connect()) {
			for (String table : new String[] { "article", "classification", "classification_skip", "topic_rollup",
					"topic_rollup_month", "label", "article_vector", "batch_lock" }) {
				try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE 1 = 0")) {
					ps.executeQuery().close();
				}
				catch (SQLException ex) {
					throw new IllegalStateException("The store at " + url + " has no table " + table
							+ ": start the application (version with stored vectors or newer) on it once, so that it "
							+ "migrates its schema", ex);
				}
			}
		}
	}

}
