package com.lcnews.trends.classify;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.TestDatabases;

class ModelServicePostgresIT extends ModelServiceContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		TestDatabases.postgres(r);
	}

}
