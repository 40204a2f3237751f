package com.lcnews.trends.shared;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives {@value DataHome#PROPERTY} its default (see {@link DataHome#defaultRoot}) when neither a property nor
 * {@value DataHome#VARIABLE} names the data home, so that settings such as the database URL can refer to it.
 */
public class DataHomeEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(DataHome.PROPERTY)) {
			return;
		}
		String root = DataHome.defaultRoot(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"))
			.toString();
		environment.getPropertySources().addLast(new MapPropertySource("dataHomeDefault", Map.of(DataHome.PROPERTY, root)));
	}

}
