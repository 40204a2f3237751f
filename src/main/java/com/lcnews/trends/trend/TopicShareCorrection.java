package com.lcnews.trends.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.lcnews.trends.quantify.PrevalenceEstimate;
import com.lcnews.trends.quantify.PrevalenceEstimator;

/**
 * Corrects per-period topic counts from the rollups for the classifier's cross-validated errors. Human labels are
 * taken as they are; the articles counted by the model (its assignments and its abstentions, "unclassified") get
 * their topic shares from the estimator, run on the model's assignments. Abstentions are spread like the assigned
 * articles: the rollups keep no best topic for them, and the benchmark (docs/README-ui.md) measures what that costs.
 * Pure logic.
 */
public final class TopicShareCorrection {

	/** The counted "topic" of abstentions. */
	public static final String UNCLASSIFIED = "_unclassified";

	private final PrevalenceEstimator estimator;

	public TopicShareCorrection(PrevalenceEstimator estimator) {
		this.estimator = estimator;
	}

	/**
	 * @param points every topic's points of the periods (as {@link TrendService#series} returns them for no topic
	 * filter)
	 * @return per period, one point for every topic of the model and every other topic with a count; abstentions
	 * appear only in periods where nothing could be corrected
	 */
	public List<CorrectedPoint> correct(List<TrendPoint> points) {
		Map<LocalDate, Map<String, TrendPoint>> byPeriod = new TreeMap<>();
		Set<String> topics = new LinkedHashSet<>(estimator.confusion().labels());
		for (TrendPoint p : points) {
			byPeriod.computeIfAbsent(p.periodStart(), k -> new LinkedHashMap<>()).put(p.topic(), p);
			if (!p.topic().equals(UNCLASSIFIED)) {
				topics.add(p.topic());
			}
		}
		List<CorrectedPoint> result = new ArrayList<>();
		byPeriod.forEach((period, byTopic) -> result.addAll(period(period, byTopic, topics)));
		return result;
	}

	private List<CorrectedPoint> period(LocalDate period, Map<String, TrendPoint> byTopic, Set<String> topics) {
		List<String> labels = estimator.confusion().labels();
		long total = byTopic.values().stream().mapToLong(TrendPoint::periodTotal).max().orElse(0);
		long[] predicted = new long[labels.size()];
		long modelCounted = modelCount(byTopic.get(UNCLASSIFIED));
		for (int i = 0; i < labels.size(); i++) {
			predicted[i] = modelCount(byTopic.get(labels.get(i)));
			modelCounted += predicted[i];
		}
		boolean correctable = java.util.Arrays.stream(predicted).sum() > 0;
		PrevalenceEstimate estimate = correctable ? estimator.estimate(predicted) : null;
		List<CorrectedPoint> out = new ArrayList<>();
		for (String topic : topics) {
			TrendPoint p = byTopic.get(topic);
			long raw = p == null ? 0 : p.count();
			int i = labels.indexOf(topic);
			if (estimate == null || i < 0) {
				out.add(new CorrectedPoint(period, topic, raw, raw, raw, raw, total, false));
				continue;
			}
			long labelled = p == null ? 0 : p.labelled();
			out.add(new CorrectedPoint(period, topic, raw, labelled + modelCounted * estimate.shares()[i],
					labelled + modelCounted * estimate.lower()[i], labelled + modelCounted * estimate.upper()[i], total,
					true));
		}
		if (!correctable && byTopic.containsKey(UNCLASSIFIED)) {
			long raw = byTopic.get(UNCLASSIFIED).count();
			out.add(new CorrectedPoint(period, UNCLASSIFIED, raw, raw, raw, raw, total, false));
		}
		return out;
	}

	/** Articles of a point counted by the model rather than a label. */
	private static long modelCount(TrendPoint p) {
		return p == null ? 0 : Math.max(0, p.count() - p.labelled());
	}

}
