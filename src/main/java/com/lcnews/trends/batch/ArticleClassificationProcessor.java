package com.lcnews.trends.batch;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.item.ItemProcessor;

import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.Topic;

/**
 * Turns an article into a {@link TopicAssignment} with one classifier. Pure apart from the classifier: an article that
 * cannot be classified (empty text, or the classifier fails on it) becomes a skipped assignment with its reason, so
 * the run goes on.
 */
class ArticleClassificationProcessor implements ItemProcessor<Article, TopicAssignment> {

	private final TopicClassifier classifier;

	private final String modelVersion;

	ArticleClassificationProcessor(TopicClassifier classifier) {
		this.classifier = classifier;
		this.modelVersion = classifier.model().version();
	}

	@Override
	public TopicAssignment process(Article article) {
		if (article.body() == null || article.body().isBlank()) {
			return TopicAssignment.skipped(article.id(), modelVersion, "empty body");
		}
		Prediction prediction;
		try {
			prediction = classifier.classify(article.classificationText());
		}
		catch (RuntimeException ex) {
			return TopicAssignment.skipped(article.id(), modelVersion, reason(ex));
		}
		String topic = prediction.topic().map(Topic::code).orElse(null);
		return new TopicAssignment(article.id(), modelVersion, article.date(), article.datePrecision(),
				article.districtCode(), topic, prediction.confidence(), scoresJson(prediction.scores()), null);
	}

	private static String reason(RuntimeException ex) {
		String message = ex.getMessage() == null ? "" : ": " + ex.getMessage();
		String reason = "classifier failed: " + ex.getClass().getSimpleName() + message;
		return reason.length() > 500 ? reason.substring(0, 500) : reason;
	}

	/** Per-topic probabilities as a compact JSON object, topics in code order, four decimals. */
	static String scoresJson(Map<Topic, Double> scores) {
		StringBuilder json = new StringBuilder(scores.size() * 24).append('{');
		for (Map.Entry<Topic, Double> e : new TreeMap<>(scores).entrySet()) {
			if (json.length() > 1) {
				json.append(',');
			}
			long scaled = Math.round(e.getValue() * 10_000);
			json.append('"').append(e.getKey().code()).append("\":").append(scaled / 10_000).append('.');
			String fraction = Long.toString(scaled % 10_000);
			json.append("0".repeat(4 - fraction.length())).append(fraction);
		}
		return json.append('}').toString();
	}

}
