package com.lcnews.trends.batch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TextShape;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.Topic;

/**
 * Turns an article (with its stored vector, when the model reads vectors) into a {@link TopicAssignment} with one
 * classifier. Pure apart from the classifier: an article that
 * cannot be classified (a blank body; a body of symbols, punctuation or emoji alone, with no letter or digit of any
 * script; or the classifier fails on it) becomes a skipped assignment with its reason, so the run goes on. Text in
 * any other script or language is classified as it is (the model reads what it can of it). A plain class (no Spring): the classification job and the Spark job (spark-job/) run the same code.
 * Thread-safe when the classifier is.
 */
public final class ArticleClassificationProcessor {

	/** Why an article whose body is only symbols, punctuation or emoji is not classified. */
	static final String NO_WORDS = "no letter or digit in the body (only symbols, punctuation or emoji)";

	private final TopicClassifier classifier;

	private final String modelVersion;

	/** The model's topics in code order, with their JSON keys. */
	private final List<Topic> topics;

	private final List<String> keys;

	public ArticleClassificationProcessor(TopicClassifier classifier) {
		this.classifier = classifier;
		this.modelVersion = classifier.model().version();
		this.topics = classifier.topics().stream().sorted().toList();
		this.keys = topics.stream().map(t -> "\"" + t.code() + "\":").toList();
	}

	/** The assignment of an article as the job reads it, with its stored vector or none. */
	TopicAssignment process(ArticleToClassify item) {
		return process(item.article(), item.vector());
	}

	/**
	 * The assignment of an article whose vector of the classifier's encoder spec is known (null: the classifier
	 * embeds the text itself).
	 */
	public TopicAssignment process(Article article, float[] vector) {
		if (article.body() == null || TextShape.isBlank(article.body())) {
			return TopicAssignment.skipped(article.id(), modelVersion, "empty body");
		}
		if (!TextShape.hasLetterOrDigit(article.body())) {
			return TopicAssignment.skipped(article.id(), modelVersion, NO_WORDS);
		}
		Prediction prediction;
		try {
			prediction = classifier.classify(article.classificationText(), vector);
		}
		catch (RuntimeException ex) {
			return TopicAssignment.skipped(article.id(), modelVersion, reason(ex));
		}
		String topic = prediction.topic().map(Topic::code).orElse(null);
		return new TopicAssignment(article.id(), modelVersion, article.date(), article.datePrecision(),
				article.districtCode(), topic, prediction.confidence(), json(prediction.scores()), null);
	}

	private static String reason(RuntimeException ex) {
		String message = ex.getMessage() == null ? "" : ": " + ex.getMessage();
		String reason = "classifier failed: " + ex.getClass().getSimpleName() + message;
		return reason.length() > 500 ? reason.substring(0, 500) : reason;
	}

	private String json(Map<Topic, Double> scores) {
		if (scores.size() != topics.size()) {
			return scoresJson(scores);
		}
		StringBuilder json = new StringBuilder(topics.size() * 20).append('{');
		for (int i = 0; i < topics.size(); i++) {
			Double score = scores.get(topics.get(i));
			if (score == null) {
				return scoresJson(scores);
			}
			appendDecimal(json.append(i > 0 ? "," : "").append(keys.get(i)), score);
		}
		return json.append('}').toString();
	}

	private static StringBuilder appendDecimal(StringBuilder json, double value) {
		long scaled = Math.round(value * 10_000);
		json.append(scaled / 10_000).append('.');
		long fraction = scaled % 10_000;
		for (long div = 1000; div > 0; div /= 10) {
			json.append((char) ('0' + fraction / div % 10));
		}
		return json;
	}

	/** Per-topic probabilities as a compact JSON object, topics in code order, four decimals. */
	static String scoresJson(Map<Topic, Double> scores) {
		StringBuilder json = new StringBuilder(scores.size() * 24).append('{');
		for (Map.Entry<Topic, Double> e : new TreeMap<>(scores).entrySet()) {
			if (json.length() > 1) {
				json.append(',');
			}
			appendDecimal(json.append('"').append(e.getKey().code()).append("\":"), e.getValue());
		}
		return json.append('}').toString();
	}

}
