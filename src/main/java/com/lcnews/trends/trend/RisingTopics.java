package com.lcnews.trends.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Topics (city-wide, and per district) whose share of a week or month is far above their usual level. The usual
 * level is seasonal when history allows: the same period and its neighbours ({@value #SEASON_WINDOW} periods either
 * side) in the previous {@value #SEASON_YEARS} years; with fewer than {@value #MIN_BASELINE} articles there, the
 * {@value #RECENT_PERIODS} periods before. A topic is rising when all of these hold: its share is at least
 * {@value #MIN_RATIO} times the usual share; it has at least {@value #MIN_COUNT} articles; and a one-sided exact
 * binomial test against the usual share, adjusted for every topic and district tested (Benjamini–Hochberg), gives at
 * most {@value #FALSE_DISCOVERY_RATE}. Pure logic.
 */
public final class RisingTopics {

	static final int SEASON_YEARS = 3;

	static final int SEASON_WINDOW = 1;

	static final int RECENT_PERIODS = 12;

	static final long MIN_BASELINE = 20;

	/** How many times its usual share a topic must reach. */
	public static final double MIN_RATIO = 2;

	/** The fewest articles a rising topic has in the period. */
	public static final long MIN_COUNT = 3;

	/** The largest adjusted p-value of a rising topic. */
	public static final double FALSE_DISCOVERY_RATE = 0.05;

	/** The district code standing for the whole city (all districts together). */
	public static final String WHOLE_CITY = "*";

	/**
	 * One rising topic.
	 *
	 * @param district a district code, or {@link #WHOLE_CITY}
	 * @param share the topic's share of the period (0 to 1)
	 * @param usualShare the topic's usual share (0 to 1)
	 * @param seasonal whether the usual share comes from the same season of earlier years (else from recent periods)
	 * @param pValue the adjusted p-value
	 */
	public record Rising(String topic, String district, LocalDate period, long count, long total, double share,
			double usualShare, boolean seasonal, double pValue) {

		/** How many times its usual share the topic reached. */
		public double ratio() {
			return usualShare == 0 ? Double.POSITIVE_INFINITY : share / usualShare;
		}

	}

	private RisingTopics() {
	}

	/**
	 * @param period the first day of the period examined
	 * @param counts article counts by period start, district and topic (the period and its history)
	 * @param districts the districts to examine one by one (the whole city is always examined)
	 * @param topics the topics to examine
	 */
	public static List<Rising> find(LocalDate period, Granularity g, Map<LocalDate, Map<String, Map<String, Long>>> counts,
			List<String> districts, List<String> topics) {
		List<String> scopes = new ArrayList<>();
		scopes.add(WHOLE_CITY);
		scopes.addAll(districts);
		List<Rising> tested = new ArrayList<>();
		for (String scope : scopes) {
			long total = total(counts, period, scope, null);
			if (total == 0) {
				continue;
			}
			Baseline base = baseline(period, g, counts, scope);
			for (String topic : topics) {
				long x = total(counts, period, scope, topic);
				long bx = base.periods().stream().mapToLong(p -> total(counts, p, scope, topic)).sum();
				double usual = (bx + 0.5) / (base.total() + 1.0);
				tested.add(new Rising(topic, scope, period, x, total, (double) x / total, usual, base.seasonal(),
						ExactTests.binomialAtLeast(x, total, usual)));
			}
		}
		double[] q = ExactTests.benjaminiHochberg(tested.stream().mapToDouble(Rising::pValue).toArray());
		List<Rising> rising = new ArrayList<>();
		for (int i = 0; i < q.length; i++) {
			Rising r = tested.get(i);
			if (q[i] <= FALSE_DISCOVERY_RATE && r.count() >= MIN_COUNT && r.ratio() >= MIN_RATIO) {
				rising.add(new Rising(r.topic(), r.district(), r.period(), r.count(), r.total(), r.share(), r.usualShare(),
						r.seasonal(), q[i]));
			}
		}
		rising.sort(Comparator.comparingDouble(Rising::pValue).thenComparing(Rising::ratio, Comparator.reverseOrder()));
		return rising;
	}

	/** The periods the usual share is taken from, with their articles. */
	record Baseline(List<LocalDate> periods, long total, boolean seasonal) {
	}

	static Baseline baseline(LocalDate period, Granularity g, Map<LocalDate, Map<String, Map<String, Long>>> counts,
			String scope) {
		Set<LocalDate> seasonal = new TreeSet<>();
		for (int y = 1; y <= SEASON_YEARS; y++) {
			LocalDate centre = g.periodStart(period.minusYears(y));
			for (int w = -SEASON_WINDOW; w <= SEASON_WINDOW; w++) {
				seasonal.add(shift(centre, g, w));
			}
		}
		long seasonalTotal = seasonal.stream().mapToLong(p -> total(counts, p, scope, null)).sum();
		if (seasonalTotal >= MIN_BASELINE) {
			return new Baseline(List.copyOf(seasonal), seasonalTotal, true);
		}
		List<LocalDate> recent = new ArrayList<>();
		for (int i = 1; i <= RECENT_PERIODS; i++) {
			recent.add(shift(period, g, -i));
		}
		return new Baseline(recent, recent.stream().mapToLong(p -> total(counts, p, scope, null)).sum(), false);
	}

	private static LocalDate shift(LocalDate periodStart, Granularity g, int by) {
		LocalDate p = periodStart;
		for (int i = 0; i < Math.abs(by); i++) {
			p = by > 0 ? g.next(p) : g.periodStart(p.minusDays(1));
		}
		return p;
	}

	/** Articles of a period in a scope, of one topic or (null) all. */
	private static long total(Map<LocalDate, Map<String, Map<String, Long>>> counts, LocalDate period, String scope,
			String topic) {
		Map<String, Map<String, Long>> byDistrict = counts.getOrDefault(period, Map.of());
		long sum = 0;
		for (Map.Entry<String, Map<String, Long>> e : byDistrict.entrySet()) {
			if (scope.equals(WHOLE_CITY) || scope.equals(e.getKey())) {
				sum += topic == null ? e.getValue().values().stream().mapToLong(Long::longValue).sum()
						: e.getValue().getOrDefault(topic, 0L);
			}
		}
		return sum;
	}

}
