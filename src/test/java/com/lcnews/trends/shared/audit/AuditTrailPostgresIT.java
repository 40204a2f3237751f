package com.lcnews.trends.shared.audit;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.TestDatabases;

class AuditTrailPostgresIT extends AuditTrailContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
