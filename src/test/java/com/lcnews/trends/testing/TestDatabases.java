package com.lcnews.trends.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test context at a fresh database. Store tests are written once, in an abstract class, and run
 * twice: by a subclass {@code *H2IT} calling {@link #h2} and a subclass {@code *PostgresIT} calling {@link #postgres}
 * from a {@code @DynamicPropertySource} method.
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	/** An empty in-memory H2 database in the same mode the embedded default uses. */
	public static void h2(DynamicPropertyRegistry registry) {
		String url = "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

	/** An empty database on the shared real PostgreSQL test server. */
	public static void postgres(DynamicPropertyRegistry registry) {
		PostgresServer server = PostgresServer.shared();
		String url = server.newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", server::user);
		registry.add("spring.datasource.password", server::password);
	}

}
