package com.lcnews.trends.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application-wide folders.
 *
 * @param dataDir where the embedded database and working files live
 * @param seedsDir the hand-labelled seed data: pages, labels, taxonomy
 * @param modelDir trained model artifacts with their metadata sidecars
 */
@ConfigurationProperties("newstrends")
public record NewsTrendsProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("./seeds") Path seedsDir,
		@DefaultValue("./models") Path modelDir) {

	/** The taxonomy file inside the seeds folder. */
	public Path topicsFile() {
		return seedsDir.resolve("topics.csv");
	}

}
