package com.lcnews.trends.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application-wide settings.
 *
 * @param home the data home (see {@link DataHome}); set by {@code --home}, {@code NEWSTRENDS_HOME} or
 * {@code newstrends.home}, defaulted by {@code DataHomeEnvironmentPostProcessor}
 * @param seedsDir a folder of seed data (pages/, labels.csv, topics.csv) to use instead of the seeds bundled in the
 * application; null for the bundled ones
 */
@ConfigurationProperties("newstrends")
public record NewsTrendsProperties(Path home, Path seedsDir) {

	/** The data home. */
	public DataHome dataHome() {
		return new DataHome(home);
	}

}
