package com.lcnews.trends.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class GroupedFoldsTest {

	@Property(tries = 200)
	void noGroupEverSitsOnBothSidesOfAFold(@ForAll @IntRange(min = 1, max = 120) int texts,
			@ForAll @IntRange(min = 1, max = 15) int groupCount, @ForAll @IntRange(min = 2, max = 10) int folds,
			@ForAll long seed) {
		List<String> groups = new ArrayList<>();
		int[] classes = new int[texts];
		java.util.Random random = new java.util.Random(seed);
		for (int i = 0; i < texts; i++) {
			groups.add(random.nextInt(4) == 0 ? null : "page-" + random.nextInt(groupCount));
			classes[i] = random.nextInt(3);
		}

		int[] fold = GroupedFolds.assign(groups, classes, 3, folds, seed);

		Map<String, Integer> foldOfGroup = new HashMap<>();
		for (int i = 0; i < texts; i++) {
			if (groups.get(i) != null) {
				Integer before = foldOfGroup.putIfAbsent(groups.get(i), fold[i]);
				assertThat(before == null || before == fold[i]).as("group %s in one fold", groups.get(i)).isTrue();
			}
		}
		int used = (int) java.util.Arrays.stream(fold).distinct().count();
		assertThat(used).isEqualTo(Math.min(folds, GroupedFolds.groupCount(groups)));
	}

	@Test
	void asManyFoldsAsPagesIsLeaveOnePageOut() {
		List<String> groups = List.of("a", "a", "b", "c", "c", "c", "d", "e", "e");
		int[] fold = GroupedFolds.assign(groups, new int[9], 1, 5, 42);
		Set<Integer> seen = new HashSet<>();
		for (String page : List.of("a", "b", "c", "d", "e")) {
			int f = fold[groups.indexOf(page)];
			assertThat(seen.add(f)).as("page %s has a fold of its own", page).isTrue();
		}
	}

	@Test
	void textsWithoutGroupAreSpreadLikeOrdinaryFolds() {
		List<String> groups = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			groups.add(null);
		}
		int[] classes = new int[100];
		for (int i = 0; i < 100; i++) {
			classes[i] = i % 4;
		}
		int[] fold = GroupedFolds.assign(groups, classes, 4, 5, 1);
		for (int f = 0; f < 5; f++) {
			int size = RecipeSearch.rows(fold, f, true).length;
			assertThat(size).isEqualTo(20);
		}
	}

}
