package com.lcnews.trends.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Count changes collected in one transaction, summed per rollup key; keys whose changes cancel out are dropped. Plain
 * Java, shared with the Spark job.
 */
public final class RollupDeltas {

	/** Per key: article count, labelled count, low-confidence count. */
	private final Map<RollupKey, long[]> deltas = new LinkedHashMap<>();

	public void add(CountedAs counted) {
		change(counted, 1);
	}

	public void subtract(CountedAs counted) {
		change(counted, -1);
	}

	private void change(CountedAs counted, int sign) {
		long[] d = deltas.computeIfAbsent(counted.key(), k -> new long[3]);
		d[0] += sign;
		d[1] += counted.labelled() ? sign : 0;
		d[2] += counted.lowConfidence() ? sign : 0;
	}

	/** The non-zero changes per daily key. */
	public Map<RollupKey, long[]> daily() {
		Map<RollupKey, long[]> result = new LinkedHashMap<>();
		deltas.forEach((k, d) -> {
			if (d[0] != 0 || d[1] != 0 || d[2] != 0) {
				result.put(k, d);
			}
		});
		return result;
	}

	/** The non-zero changes summed per monthly key. */
	public Map<RollupKey, long[]> monthly() {
		Map<RollupKey, long[]> sums = new LinkedHashMap<>();
		daily().forEach((k, d) -> {
			long[] m = sums.computeIfAbsent(k.month(), x -> new long[3]);
			for (int i = 0; i < 3; i++) {
				m[i] += d[i];
			}
		});
		sums.values().removeIf(m -> m[0] == 0 && m[1] == 0 && m[2] == 0);
		return sums;
	}

	public boolean isEmpty() {
		return daily().isEmpty();
	}

}
