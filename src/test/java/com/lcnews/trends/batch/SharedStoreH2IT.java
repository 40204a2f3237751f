package com.lcnews.trends.batch;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.PackagedJar;

/** The embedded default: an H2 file in the data home, in automatic mixed mode, as the application configures it. */
class SharedStoreH2IT extends SharedStoreContract {

	static Path home;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) throws Exception {
		home = Files.createTempDirectory("shared-store-h2");
		registry.add("newstrends.home", home::toString);
		// the application's own default URL (application.properties), not the tests' in-memory one
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + home + "/db/newstrends;MODE=Regular;AUTO_SERVER=TRUE");
	}

	@Override
	PackagedJar shell() throws Exception {
		return new PackagedJar(Files.createTempDirectory("shell"), Files.createTempDirectory("user"))
			.env("NEWSTRENDS_HOME", home.toString());
	}

}
