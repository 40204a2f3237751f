package com.lcnews.trends.dashboard.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lcnews.trends.trend.CoverageCell;

/**
 * Topic × district counts with the shares editors compare: the share of a district's coverage, the share of a
 * topic's coverage, and the city-wide mix (every district together) as the reference. Pure logic.
 */
final class CoverageMatrix {

	/** How cells are measured. */
	enum Mode {

		/** Percent of the district's articles that are about the topic. */
		DISTRICT_SHARE,
		/** Percent of the topic's articles that come from the district. */
		TOPIC_SHARE,
		/** Article counts. */
		COUNT,
		/** District share minus the city-wide mix, in percentage points. */
		DEVIATION

	}

	private final List<String> topics;

	private final List<String> districts;

	private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

	CoverageMatrix(List<CoverageCell> cells, List<String> topics, List<String> districts) {
		this.topics = topics;
		this.districts = districts;
		for (CoverageCell c : cells) {
			counts.computeIfAbsent(c.topic(), t -> new LinkedHashMap<>()).merge(c.district(), c.count(), Long::sum);
		}
	}

	long count(String topic, String district) {
		return counts.getOrDefault(topic, Map.of()).getOrDefault(district, 0L);
	}

	long districtTotal(String district) {
		return topics.stream().mapToLong(t -> count(t, district)).sum();
	}

	long topicTotal(String topic) {
		return districts.stream().mapToLong(d -> count(topic, d)).sum();
	}

	long total() {
		return districts.stream().mapToLong(this::districtTotal).sum();
	}

	/** The city-wide mix: percent of all articles that are about the topic. */
	double cityShare(String topic) {
		long total = total();
		return total == 0 ? 0 : 100.0 * topicTotal(topic) / total;
	}

	/** A cell's value in a mode; null when the district has no articles (nothing to compare). */
	Double value(String topic, String district, Mode mode) {
		long n = count(topic, district);
		long dt = districtTotal(district);
		return switch (mode) {
			case COUNT -> (double) n;
			case DISTRICT_SHARE -> dt == 0 ? null : 100.0 * n / dt;
			case TOPIC_SHARE -> topicTotal(topic) == 0 ? null : 100.0 * n / topicTotal(topic);
			case DEVIATION -> dt == 0 ? null : 100.0 * n / dt - cityShare(topic);
		};
	}

	/** The district's {@code n} largest topics (abstentions left out), largest first, with their counts. */
	List<Map.Entry<String, Long>> topTopics(String district, int n) {
		return topics.stream()
			.filter(t -> !t.startsWith("_") && count(t, district) > 0)
			.map(t -> Map.entry(t, count(t, district)))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(n)
			.toList();
	}

	List<String> topics() {
		return topics;
	}

	List<String> districts() {
		return districts;
	}

}
