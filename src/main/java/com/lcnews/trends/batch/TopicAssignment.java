package com.lcnews.trends.batch;

import java.time.LocalDate;

import com.lcnews.trends.shared.DatePrecision;

/**
 * What the job stores for one article: the prediction of one model version, or the reason it was skipped.
 *
 * @param topic the assigned topic code, null when the model abstained or the article was skipped
 * @param scoresJson per-topic probabilities as a JSON object, null when skipped
 * @param skipReason why the article could not be classified, null when it was
 */
public record TopicAssignment(long articleId, String modelVersion, LocalDate date, DatePrecision precision,
		String districtCode, String topic, double confidence, String scoresJson, String skipReason) {

	public static TopicAssignment skipped(long articleId, String modelVersion, String reason) {
		return new TopicAssignment(articleId, modelVersion, null, DatePrecision.UNKNOWN, null, null, 0, null, reason);
	}

	public boolean isSkipped() {
		return skipReason != null;
	}

}
