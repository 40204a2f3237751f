package com.lcnews.trends.shared.store;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.TestDatabases;

class SchemaH2IT extends SchemaContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
