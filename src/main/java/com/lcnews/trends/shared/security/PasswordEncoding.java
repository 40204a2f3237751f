package com.lcnews.trends.shared.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed, for the dashboard and the {@code accounts} command alike: Spring Security's delegating
 * encoder, which writes {@code {bcrypt}} hashes and reads every encoding it knows.
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
