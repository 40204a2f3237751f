package com.lcnews.trends.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests. Uses {@code NEWSTRENDS_TEST_PG_URL} (with {@code NEWSTRENDS_TEST_PG_USER} and
 * {@code NEWSTRENDS_TEST_PG_PASSWORD}) when set; otherwise starts a throwaway cluster on loopback with the
 * machine's PostgreSQL binaries (Debian package {@code postgresql}), as user {@code postgres} when run as root, and
 * stops it when the JVM exits. Each call of {@link #newDatabase()} creates an empty database.
 */
public final class PostgresServer {

	private static PostgresServer shared;

	private static final AtomicInteger counter = new AtomicInteger();

	private final String baseUrl;

	private final String user;

	private final String password;

	private PostgresServer(String baseUrl, String user, String password) {
		this.baseUrl = baseUrl;
		this.user = user;
		this.password = password;
	}

	/** The server of this JVM, started on first use. */
	public static synchronized PostgresServer shared() {
		if (shared == null) {
			String url = System.getenv("NEWSTRENDS_TEST_PG_URL");
			shared = url != null ? new PostgresServer(url, env("NEWSTRENDS_TEST_PG_USER", "postgres"),
					env("NEWSTRENDS_TEST_PG_PASSWORD", "")) : startLocal();
		}
		return shared;
	}

	/** Creates an empty database and returns its JDBC URL. */
	public String newDatabase() {
		String name = "newstrends_test_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
		try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database on " + baseUrl + ": " + ex.getMessage(), ex);
		}
		return baseUrl.substring(0, baseUrl.lastIndexOf('/') + 1) + name;
	}

	/** The JDBC URL of the server's database that {@link #newDatabase()} connects to (to create and drop others). */
	public String url() {
		return baseUrl;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

	private static PostgresServer startLocal() {
		Path bin = findBinaries();
		try {
			Path dir = Files.createTempDirectory("newstrends-pg");
			boolean root = "root".equals(System.getProperty("user.name"));
			if (root) {
				UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
				Files.setOwner(dir, postgres);
			}
			int port = freePort();
			Path data = dir.resolve("data");
			run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E",
					"UTF8", "--locale=C.UTF-8");
			run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-o",
					"-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300",
					"-w", "start");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, bin, dir)));
			return new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start a PostgreSQL test server: " + ex.getMessage(), ex);
		}
	}

	private static Path findBinaries() {
		Path base = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(base)) {
			try (Stream<Path> versions = Files.list(base)) {
				var found = versions.map(v -> v.resolve("bin"))
					.filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
					.max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
				if (found.isPresent()) {
					return found.get();
				}
			}
			catch (IOException ex) {
				// fall through to the message below
			}
		}
		throw new IllegalStateException("PostgreSQL tests need a server: install Debian's 'postgresql' package "
				+ "(binaries under /usr/lib/postgresql/<version>/bin) or set NEWSTRENDS_TEST_PG_URL");
	}

	private static void stop(boolean root, Path bin, Path dir) {
		try {
			run(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		catch (IOException | IllegalStateException ex) {
			System.err.println("Could not stop the PostgreSQL test server in " + dir + ": " + ex.getMessage());
		}
	}

	private static void run(boolean asPostgres, String... command) throws IOException {
		List<String> full = new ArrayList<>();
		if (asPostgres) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of(command));
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + full, ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
