package com.lcnews.trends.shared.taxonomy;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.TestDatabases;

class TaxonomyPostgresIT extends TaxonomyContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
