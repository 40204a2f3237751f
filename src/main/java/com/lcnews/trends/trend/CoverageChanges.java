package com.lcnews.trends.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Period over period: which districts gained or lost coverage of a topic. For every district and topic, the topic's
 * share of the district's articles in the earlier and the later period are compared with Fisher's exact test; the
 * p-values are adjusted for the number of pairs (Benjamini–Hochberg). Pure logic.
 */
public final class CoverageChanges {

	/**
	 * One district × topic pair in both periods.
	 *
	 * @param before articles on the topic in the earlier period
	 * @param beforeTotal the district's articles in the earlier period
	 * @param after articles on the topic in the later period
	 * @param afterTotal the district's articles in the later period
	 * @param pValue the adjusted p-value of the difference in shares
	 */
	public record Change(String district, String topic, long before, long beforeTotal, long after, long afterTotal,
			double pValue) {

		public double shareBefore() {
			return beforeTotal == 0 ? 0 : (double) before / beforeTotal;
		}

		public double shareAfter() {
			return afterTotal == 0 ? 0 : (double) after / afterTotal;
		}

		/** Change of the share in percentage points. */
		public double pointsChange() {
			return 100 * (shareAfter() - shareBefore());
		}

	}

	private CoverageChanges() {
	}

	/**
	 * Every pair with an article in either period, most significant first (then largest change in points).
	 *
	 * @param districts the districts to compare
	 * @param topics the topics to compare
	 */
	public static List<Change> compare(List<CoverageCell> before, List<CoverageCell> after, List<String> districts,
			List<String> topics) {
		Map<String, Map<String, Long>> b = index(before);
		Map<String, Map<String, Long>> a = index(after);
		List<Change> changes = new ArrayList<>();
		for (String d : districts) {
			long nb = total(b, d);
			long na = total(a, d);
			for (String t : topics) {
				long xb = b.getOrDefault(d, Map.of()).getOrDefault(t, 0L);
				long xa = a.getOrDefault(d, Map.of()).getOrDefault(t, 0L);
				if (xb + xa == 0) {
					continue;
				}
				changes.add(new Change(d, t, xb, nb, xa, na, ExactTests.fisher(xb, nb - xb, xa, na - xa)));
			}
		}
		double[] q = ExactTests.benjaminiHochberg(changes.stream().mapToDouble(Change::pValue).toArray());
		List<Change> adjusted = new ArrayList<>();
		for (int i = 0; i < q.length; i++) {
			Change c = changes.get(i);
			adjusted.add(new Change(c.district(), c.topic(), c.before(), c.beforeTotal(), c.after(), c.afterTotal(), q[i]));
		}
		adjusted.sort(Comparator.comparingDouble(Change::pValue)
			.thenComparing(Comparator.comparingDouble((Change c) -> Math.abs(c.pointsChange())).reversed()));
		return adjusted;
	}

	private static Map<String, Map<String, Long>> index(List<CoverageCell> cells) {
		Map<String, Map<String, Long>> m = new HashMap<>();
		cells.forEach(c -> m.computeIfAbsent(c.district(), k -> new HashMap<>()).merge(c.topic(), c.count(), Long::sum));
		return m;
	}

	private static long total(Map<String, Map<String, Long>> m, String district) {
		return m.getOrDefault(district, Map.of()).values().stream().mapToLong(Long::longValue).sum();
	}

}
