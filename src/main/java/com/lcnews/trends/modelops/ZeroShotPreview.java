package com.lcnews.trends.modelops;

import java.util.List;
import java.util.Map;

/**
 * How the topic descriptions alone classify the newest articles (from their stored vectors), beside the promoted
 * model.
 *
 * @param encoder the encoder spec id of the vectors read (the promoted model's)
 * @param sample how many of the newest articles were asked for
 * @param rows the articles that have a stored vector of {@code encoder}, newest first
 * @param byTopic articles per topic under the zero-shot classifier
 * @param currentByTopic articles per topic under the promoted model ({@code _unclassified} when it abstains)
 * @param current the promoted model's version
 * @param buildMillis how long building the zero-shot classifier from the descriptions took
 */
public record ZeroShotPreview(String encoder, int sample, List<Row> rows, Map<String, Long> byTopic,
		Map<String, Long> currentByTopic, String current, long buildMillis) {

	/**
	 * One article: the zero-shot topic with its confidence and the promoted model's topic.
	 */
	public record Row(long articleId, String headline, String district, String topic, double confidence,
			String currentTopic) {

		/** Whether the two agree. */
		public boolean agrees() {
			return topic.equals(currentTopic);
		}

	}

	public ZeroShotPreview {
		rows = List.copyOf(rows);
		byTopic = Map.copyOf(byTopic);
		currentByTopic = Map.copyOf(currentByTopic);
	}

	/** Share of the rows where the zero-shot topic is the promoted model's; NaN without rows. */
	public double agreement() {
		return rows.isEmpty() ? Double.NaN : rows.stream().filter(Row::agrees).count() / (double) rows.size();
	}

}
