package com.lcnews.trends.classify;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.TestDatabases;

class ModelRegistryH2IT extends ModelRegistryContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		TestDatabases.h2(r);
	}

}
