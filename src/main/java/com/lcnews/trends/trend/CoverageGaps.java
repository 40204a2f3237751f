package com.lcnews.trends.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Under-covered district × topic pairs for editors. A district with no article at all is a gap of its own and comes
 * first. For the others, a topic's count in the district is tested against the mix of the rest of the city (every
 * article outside the district, not-local ones excluded): one-sided exact binomial test of "no fewer than the city
 * mix suggests", p-values adjusted for the number of pairs tested (every district with articles × every topic the rest of the city covers) (Benjamini–Hochberg), so a district with three
 * articles is not called under-covered because it lacks a topic. Pairs whose adjusted p-value is at most
 * {@code falseDiscoveryRate} are listed, largest shortfall (expected minus actual articles) first. Pure logic.
 */
public final class CoverageGaps {

	/** The code of articles about places outside the city, left out of the city mix. */
	static final String NOT_LOCAL = "-";

	/**
	 * One gap.
	 *
	 * @param topic the topic, null for a district without any article
	 * @param expected articles the district would have on the topic at the rest of the city's mix
	 * @param districtShare the topic's share of the district's articles (0 to 1)
	 * @param cityShare the topic's share of the rest of the city's articles (0 to 1)
	 * @param pValue the adjusted p-value (0 for a district without articles)
	 */
	public record Gap(String district, String topic, long count, long districtTotal, double expected,
			double districtShare, double cityShare, double pValue) {

		/** Whether the district has no article at all in the period. */
		public boolean noCoverage() {
			return topic == null;
		}

		/** Expected minus actual articles. */
		public double shortfall() {
			return expected - count;
		}

	}

	private CoverageGaps() {
	}

	/**
	 * @param cells counts per topic and district of the period (every district code, including {@code ?} and
	 * {@code -})
	 * @param districts the districts to examine, in display order
	 * @param topics the topics to examine (abstentions are not a topic)
	 * @param falseDiscoveryRate the adjusted p-value up to which a pair is listed, e.g. 0.1
	 */
	public static List<Gap> find(List<CoverageCell> cells, List<String> districts, List<String> topics,
			double falseDiscoveryRate) {
		Map<String, Map<String, Long>> count = new HashMap<>();
		Map<String, Long> districtTotal = new HashMap<>();
		Map<String, Long> topicTotal = new HashMap<>();
		long total = 0;
		for (CoverageCell c : cells) {
			if (c.district().equals(NOT_LOCAL)) {
				continue;
			}
			count.computeIfAbsent(c.district(), k -> new HashMap<>()).merge(c.topic(), c.count(), Long::sum);
			districtTotal.merge(c.district(), c.count(), Long::sum);
			topicTotal.merge(c.topic(), c.count(), Long::sum);
			total += c.count();
		}
		List<Gap> empty = new ArrayList<>();
		List<Gap> tested = new ArrayList<>();
		for (String d : districts) {
			long n = districtTotal.getOrDefault(d, 0L);
			if (n == 0) {
				empty.add(new Gap(d, null, 0, 0, 0, 0, 0, 0));
				continue;
			}
			long rest = total - n;
			for (String t : topics) {
				long x = count.getOrDefault(d, Map.of()).getOrDefault(t, 0L);
				long restTopic = topicTotal.getOrDefault(t, 0L) - x;
				double city = rest == 0 ? 0 : (double) restTopic / rest;
				if (city > 0) {
					tested.add(new Gap(d, t, x, n, city * n, (double) x / n, city, ExactTests.binomialAtMost(x, n, city)));
				}
			}
		}
		double[] q = ExactTests.benjaminiHochberg(tested.stream().mapToDouble(Gap::pValue).toArray());
		List<Gap> found = new ArrayList<>();
		for (int i = 0; i < q.length; i++) {
			Gap g = tested.get(i);
			if (q[i] <= falseDiscoveryRate && g.shortfall() > 0) {
				found.add(new Gap(g.district(), g.topic(), g.count(), g.districtTotal(), g.expected(), g.districtShare(),
						g.cityShare(), q[i]));
			}
		}
		found.sort(Comparator.comparingDouble(Gap::shortfall).reversed().thenComparingDouble(Gap::pValue));
		empty.addAll(found);
		return empty;
	}

}
