package com.lcnews.trends.modelops;

import java.util.List;
import java.util.Map;

/**
 * What promoting a candidate would change, measured on a sample of the newest articles.
 *
 * @param sample number of articles classified by both models
 * @param currentByTopic counts per topic under the promoted model (labels ignored: model against model)
 * @param candidateByTopic counts per topic under the candidate
 * @param changedByDistrict per district, how many articles would change topic
 * @param changed the articles whose topic would change, at most {@link ModelOpsService#CHANGED_LIMIT}
 */
public record ImpactReport(String current, String candidate, int sample, Map<String, Long> currentByTopic,
		Map<String, Long> candidateByTopic, Map<String, Long> changedByDistrict, List<Change> changed) {

	/** One article whose topic would change. */
	public record Change(long articleId, String headline, String district, String from, String to, double confidence) {
	}

}
