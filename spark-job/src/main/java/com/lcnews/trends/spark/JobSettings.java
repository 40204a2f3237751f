package com.lcnews.trends.spark;

import java.io.Serializable;

/**
 * What every task of one run needs, sent to the executors with the task.
 *
 * @param store where results are written, null when they go to Parquet
 * @param sidecar the model's sidecar file name (distributed with {@code addFile}) or path
 * @param encoder the spec id under which vectors are stored, null for a model that reads none
 * @param lowConfidence the application's {@code newstrends.batch.low-confidence}
 * @param chunk articles written per transaction
 * @param failOnceAfterChunks for tests of a retried task: the first attempt of partition 0 fails after writing this
 *        many chunks (negative: never)
 */
record JobSettings(Store store, String sidecar, String modelVersion, String encoder, double lowConfidence, int chunk,
		int failOnceAfterChunks) implements Serializable {
}
