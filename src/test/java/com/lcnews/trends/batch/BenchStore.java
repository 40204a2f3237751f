package com.lcnews.trends.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The batch benchmark's store, fresh for every run: an H2 file in the benchmark folder (the embedded default), or a
 * database of its own created on a PostgreSQL server, used with the application's {@code postgres} profile and dropped
 * when the benchmark ends.
 */
final class BenchStore implements AutoCloseable {

	private static final String PG_PREFIX = "jdbc:postgresql://";

	private final String description;

	private final List<String> springArgs;

	private final Runnable drop;

	private BenchStore(String description, List<String> springArgs, Runnable drop) {
		this.description = description;
		this.springArgs = springArgs;
		this.drop = drop;
	}

	/**
	 * The H2 file {@code bench} in {@code dir}, deleted first unless {@code reuse}.
	 * @param urlOptions appended to the URL, e.g. {@code ;CACHE_SIZE=65536}
	 */
	static BenchStore h2(Path dir, String urlOptions, boolean reuse) throws IOException {
		Files.createDirectories(dir);
		if (!reuse) {
			try (Stream<Path> files = Files.list(dir)) {
				for (Path f : files.filter(f -> f.getFileName().toString().startsWith("bench.")).toList()) {
					Files.delete(f);
				}
			}
		}
		String url = "jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE" + urlOptions;
		return new BenchStore("H2 file " + url, List.of("--spring.datasource.url=" + url), () -> {
		});
	}

	/**
	 * A new, empty database on the PostgreSQL server of {@code serverUrl} (any database of it that {@code user} may
	 * connect to and create databases from), dropped by {@link #close()}.
	 */
	static BenchStore postgres(String serverUrl, String user, String password, String server) {
		if (!serverUrl.startsWith(PG_PREFIX)) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (" + PG_PREFIX + "host[:port]/database): "
					+ serverUrl);
		}
		String name = "newstrends_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
				+ "_" + ProcessHandle.current().pid();
		execute(serverUrl, user, password, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		String url = withDatabase(serverUrl, name);
		Runnable drop = () -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		return new BenchStore("PostgreSQL database " + withoutParameters(url) + " (" + withoutParameters(server)
				+ ", new for this run, dropped at the end)",
				List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
						"--spring.datasource.username=" + user, "--spring.datasource.password=" + password),
				drop);
	}

	/** The server's URL with another database (host, port and parameters kept). */
	static String withDatabase(String serverUrl, String database) {
		int query = serverUrl.indexOf('?');
		String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
		String params = query < 0 ? "" : serverUrl.substring(query);
		int slash = base.indexOf('/', PG_PREFIX.length());
		return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + params;
	}

	/** A text without a URL's parameters (they may hold a password). */
	private static String withoutParameters(String text) {
		return text.replaceAll("\\?[^\\s,)]*", "");
	}

	/** What the store is, for the benchmark's output. */
	String description() {
		return description;
	}

	/** The application arguments that point it at this store. */
	List<String> springArgs() {
		return springArgs;
	}

	/** Drops a PostgreSQL store; call after the application context is closed. An H2 file is kept for reruns. */
	@Override
	public void close() {
		drop.run();
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run '" + sql + "' on " + url + " as " + user + ": "
					+ ex.getMessage(), ex);
		}
	}

}
