package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cross-validation folds that hold out whole groups (e.g. the pages the texts come from): all texts of a group fall
 * in one fold, so a model is never tested on a page it was trained on. Texts without a group are groups of their own.
 * Groups are shuffled with the seed, then placed largest first into the fold where they add the least imbalance
 * (squared class counts per fold, so every fold gets a share of every topic where groups allow it). With as many
 * folds as groups this is leave-one-group-out.
 */
final class GroupedFolds {

	private GroupedFolds() {
	}

	/** Number of distinct groups (texts without a group count one each). */
	static int groupCount(List<String> groups) {
		return byGroup(groups).size();
	}

	/**
	 * The fold (0..folds-1) of every text; {@code folds} is lowered to the number of groups.
	 * @param classes the class index of every text
	 */
	static int[] assign(List<String> groups, int[] classes, int numClasses, int folds, long seed) {
		Map<String, List<Integer>> members = byGroup(groups);
		int k = Math.min(folds, members.size());
		List<List<Integer>> ordered = new ArrayList<>(members.values());
		Collections.shuffle(ordered, new Random(seed));
		ordered.sort((a, b) -> Integer.compare(b.size(), a.size()));
		int[][] counts = new int[k][numClasses];
		int[] sizes = new int[k];
		int[] fold = new int[groups.size()];
		for (List<Integer> group : ordered) {
			int[] add = new int[numClasses];
			group.forEach(i -> add[classes[i]]++);
			int best = 0;
			double bestCost = Double.MAX_VALUE;
			for (int f = 0; f < k; f++) {
				double cost = (double) (sizes[f] + group.size()) * (sizes[f] + group.size());
				for (int c = 0; c < numClasses; c++) {
					cost += (double) (counts[f][c] + add[c]) * (counts[f][c] + add[c]) - (double) counts[f][c] * counts[f][c];
				}
				// an empty fold first: every fold gets at least one group
				if (sizes[f] == 0) {
					cost = -1;
				}
				if (cost < bestCost) {
					bestCost = cost;
					best = f;
				}
			}
			for (int i : group) {
				fold[i] = best;
			}
			sizes[best] += group.size();
			for (int c = 0; c < numClasses; c++) {
				counts[best][c] += add[c];
			}
		}
		return fold;
	}

	private static Map<String, List<Integer>> byGroup(List<String> groups) {
		Map<String, List<Integer>> members = new LinkedHashMap<>();
		for (int i = 0; i < groups.size(); i++) {
			String g = groups.get(i) == null ? "\u0000text " + i : "group " + groups.get(i);
			members.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
		}
		return members;
	}

}
