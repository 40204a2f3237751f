package com.lcnews.trends.cli;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Without a web server (commands, non-web tests) Vaadin's auto-configuration cannot start, so it is left out when
 * {@code spring.main.web-application-type=none}.
 */
public class NonWebEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String VAADIN_AUTO_CONFIGURATION = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
			+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String type = environment.getProperty("spring.main.web-application-type", "");
		if (!type.equalsIgnoreCase("none")) {
			return;
		}
		String existing = environment.getProperty("spring.autoconfigure.exclude", "");
		String excludes = existing.isBlank() ? VAADIN_AUTO_CONFIGURATION : existing + "," + VAADIN_AUTO_CONFIGURATION;
		environment.getPropertySources()
			.addFirst(new MapPropertySource("nonWebExclusions", Map.of("spring.autoconfigure.exclude", excludes)));
	}

}
