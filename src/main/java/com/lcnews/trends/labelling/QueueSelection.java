package com.lcnews.trends.labelling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks a batch to label from the least confident unlabelled articles so that it is both uncertain and varied:
 * candidates are grouped by the model's best topic, and the batch takes the most uncertain article of each group in
 * turn (groups with the more uncertain heads first), skipping near-duplicate headlines. Pure logic.
 */
final class QueueSelection {

	/** A candidate: its id, headline key (near-duplicates share it), best topic and confidence. */
	record Candidate(long id, String key, String bestTopic, double confidence) {
	}

	private QueueSelection() {
	}

	static List<Candidate> select(List<Candidate> pool, int size, Set<String> takenKeys) {
		Map<String, List<Candidate>> groups = new LinkedHashMap<>();
		pool.stream()
			.sorted(Comparator.comparingDouble(Candidate::confidence).thenComparingLong(Candidate::id))
			.forEach(c -> groups.computeIfAbsent(c.bestTopic() == null ? "" : c.bestTopic(), k -> new ArrayList<>()).add(c));
		Set<String> keys = new HashSet<>(takenKeys);
		List<Candidate> chosen = new ArrayList<>();
		int[] next = new int[groups.size()];
		List<List<Candidate>> ordered = new ArrayList<>(groups.values());
		boolean progress = true;
		while (chosen.size() < size && progress) {
			progress = false;
			for (int g = 0; g < ordered.size() && chosen.size() < size; g++) {
				List<Candidate> group = ordered.get(g);
				while (next[g] < group.size()) {
					Candidate c = group.get(next[g]++);
					if (keys.add(c.key())) {
						chosen.add(c);
						progress = true;
						break;
					}
				}
			}
		}
		return chosen;
	}

}
