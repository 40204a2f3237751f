package com.lcnews.trends.labelling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cohen's kappa of two raters over paired categorical ratings. */
final class CohensKappa {

	private CohensKappa() {
	}

	/** A pair of ratings of one item. */
	record Pair(String a, String b) {
	}

	/** Observed agreement and kappa; kappa is NaN when chance agreement is 1 (both always chose one category). */
	static double[] of(List<Pair> pairs) {
		if (pairs.isEmpty()) {
			return new double[] { Double.NaN, Double.NaN };
		}
		Map<String, Integer> countA = new HashMap<>();
		Map<String, Integer> countB = new HashMap<>();
		int agree = 0;
		for (Pair p : pairs) {
			countA.merge(p.a(), 1, Integer::sum);
			countB.merge(p.b(), 1, Integer::sum);
			if (p.a().equals(p.b())) {
				agree++;
			}
		}
		double n = pairs.size();
		double observed = agree / n;
		double expected = 0;
		for (Map.Entry<String, Integer> e : countA.entrySet()) {
			expected += (e.getValue() / n) * (countB.getOrDefault(e.getKey(), 0) / n);
		}
		double kappa = expected >= 1.0 ? Double.NaN : (observed - expected) / (1 - expected);
		return new double[] { observed, kappa };
	}

}
