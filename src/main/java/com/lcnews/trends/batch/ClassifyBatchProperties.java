package com.lcnews.trends.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the classification job.
 *
 * @param chunkSize articles read, classified and written per transaction
 * @param lowConfidence a predicted (not labelled, not abstained) topic with a confidence under this is counted as
 * low confidence in the rollups
 * @param classifyAfterImport whether a finished import starts a run over the articles not yet classified
 */
@ConfigurationProperties("newstrends.batch")
public record ClassifyBatchProperties(@DefaultValue("1000") int chunkSize, @DefaultValue("0.5") double lowConfidence,
		@DefaultValue("true") boolean classifyAfterImport) {

	public ClassifyBatchProperties {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("newstrends.batch.chunk-size must be at least 1, not " + chunkSize);
		}
	}

}
