package com.lcnews.trends.classify;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.TestDatabases;

class ModelRegistryPostgresIT extends ModelRegistryContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		TestDatabases.postgres(r);
	}

}
