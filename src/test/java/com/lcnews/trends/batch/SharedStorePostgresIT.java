package com.lcnews.trends.batch;

import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.PackagedJar;
import com.lcnews.trends.testing.PostgresServer;

/** PostgreSQL: the command line runs with the production profile and the connection from the environment. */
class SharedStorePostgresIT extends SharedStoreContract {

	static String url;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) throws Exception {
		PostgresServer server = PostgresServer.shared();
		url = server.newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", server::user);
		registry.add("spring.datasource.password", server::password);
		String home = Files.createTempDirectory("shared-store-pg").toString();
		registry.add("newstrends.home", () -> home);
	}

	@Override
	PackagedJar shell() throws Exception {
		PostgresServer server = PostgresServer.shared();
		return new PackagedJar(Files.createTempDirectory("shell"), Files.createTempDirectory("user"))
			.env("NEWSTRENDS_HOME", Files.createTempDirectory("pg-shell-home").toString())
			.env("SPRING_PROFILES_ACTIVE", "postgres")
			.env("NEWSTRENDS_DB_URL", url)
			.env("NEWSTRENDS_DB_USER", server.user())
			.env("NEWSTRENDS_DB_PASSWORD", server.password() == null ? "" : server.password());
	}

}
