package com.lcnews.trends.shared.security;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.TestDatabases;

class AccountsH2IT extends AccountsContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
