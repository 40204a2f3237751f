package com.lcnews.trends.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the classification job.
 *
 * @param chunkSize articles read, classified and written per transaction
 * @param lowConfidence a predicted (not labelled) topic with a confidence under this is counted as low confidence in
 * the rollups; articles the model abstained on (unclassified) always are
 * @param classifyAfterImport whether a finished import starts a run over the articles not yet classified
 * @param threads threads that classify the articles of a chunk (0: one per available processor)
 */
@ConfigurationProperties("newstrends.batch")
public record ClassifyBatchProperties(@DefaultValue("1000") int chunkSize, @DefaultValue("0.5") double lowConfidence,
		@DefaultValue("true") boolean classifyAfterImport, @DefaultValue("0") int threads) {

	/** The number of classification threads to use. */
	public int effectiveThreads() {
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

	public ClassifyBatchProperties {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("newstrends.batch.chunk-size must be at least 1, not " + chunkSize);
		}
	}

}
