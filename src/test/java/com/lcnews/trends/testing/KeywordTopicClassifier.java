package com.lcnews.trends.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Topic;

/**
 * A deterministic test classifier: counts keyword occurrences per topic, adds one to each count and normalises to
 * probabilities; abstains under the threshold. Throws on texts containing {@value #FAIL_MARKER}, to test how callers
 * handle a failing classifier. Thread-safe (no state).
 */
public final class KeywordTopicClassifier implements TopicClassifier {

	/** Texts containing this make {@link #classify} throw. */
	public static final String FAIL_MARKER = "#FAIL#";

	private static final Map<Topic, String[]> KEYWORDS = keywords();

	private final ModelInfo model;

	public KeywordTopicClassifier(String version) {
		this(version, 0.2);
	}

	public KeywordTopicClassifier(String version, double abstainThreshold) {
		this.model = new ModelInfo(version, Instant.parse("2026-11-01T00:00:00Z"), List.copyOf(KEYWORDS.keySet()),
				abstainThreshold, "keyword counts (test classifier)");
	}

	private static Map<Topic, String[]> keywords() {
		Map<Topic, String[]> k = new LinkedHashMap<>();
		k.put(new Topic("epidemic"), new String[] { "疫情", "核酸", "防控" });
		k.put(new Topic("vaccination"), new String[] { "疫苗", "接种" });
		k.put(new Topic("health"), new String[] { "医院", "医疗", "健康" });
		k.put(new Topic("poverty"), new String[] { "脱贫", "扶贫", "乡村振兴" });
		k.put(new Topic("education"), new String[] { "学校", "教育", "学生", "教师" });
		k.put(new Topic("governance"), new String[] { "党", "会议", "政府", "干部" });
		k.put(new Topic("civility"), new String[] { "文明", "志愿" });
		k.put(new Topic("economy"), new String[] { "经济", "企业", "市场", "消费" });
		k.put(new Topic("safety"), new String[] { "安全", "消防", "应急" });
		k.put(new Topic("environment"), new String[] { "生态", "环境", "农业", "绿色" });
		k.put(new Topic("notice"), new String[] { "公告", "声明", "遗失" });
		return k;
	}

	@Override
	public Prediction classify(String text) {
		if (text.contains(FAIL_MARKER)) {
			throw new IllegalArgumentException("test classifier refuses this text");
		}
		Map<Topic, Double> scores = new LinkedHashMap<>();
		double sum = 0;
		Topic best = null;
		for (Map.Entry<Topic, String[]> e : KEYWORDS.entrySet()) {
			double count = 1;
			for (String word : e.getValue()) {
				for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
					count++;
				}
			}
			scores.put(e.getKey(), count);
			sum += count;
			if (best == null || count > scores.get(best)) {
				best = e.getKey();
			}
		}
		for (Map.Entry<Topic, Double> e : scores.entrySet()) {
			e.setValue(e.getValue() / sum);
		}
		double confidence = scores.get(best);
		Optional<Topic> topic = confidence < model.abstainThreshold() ? Optional.empty() : Optional.of(best);
		return new Prediction(topic, best, confidence, scores);
	}

	@Override
	public List<Topic> topics() {
		return model.topics();
	}

	@Override
	public ModelInfo model() {
		return model;
	}

}
