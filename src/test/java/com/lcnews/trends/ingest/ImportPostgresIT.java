package com.lcnews.trends.ingest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.TestDatabases;

class ImportPostgresIT extends ImportContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
