package com.lcnews.trends.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.testing.HashingEncoder;

class VectorIndexTest {

	@Test
	void aVectorIsAtMostFullySimilarToItsEqualAndNearestComeFirst() {
		VectorIndex index = new VectorIndex(HashingEncoder.SPEC.dimensions());
		List<String> texts = List.of("东昌府区开展燃气安全隐患排查整治，检查餐饮场所一百余家",
				"东昌府区开展燃气安全隐患排查整治，检查餐饮场所一百余家（转载）", "图书馆开展暑期少儿阅读活动，小读者参与");
		for (int i = 0; i < texts.size(); i++) {
			index.add(i + 1, HashingEncoder.vector(texts.get(i)));
		}
		int overOne = 0;
		for (String t : texts) {
			// the same vector added again under another id: its similarity is 1 whatever the rounding
			var equal = index.nearest(HashingEncoder.vector(t), 3, -1, 0);
			overOne += (int) equal.stream().filter(n -> n.similarity() > 1).count();
		}

		List<VectorIndex.Neighbour> nearest = index.nearest(HashingEncoder.vector(texts.get(0)), 2, 1, 0);
		assertThat(overOne).isZero();
		assertThat(nearest).extracting(VectorIndex.Neighbour::articleId).containsExactly(2L, 3L);
		assertThat(index.nearest(HashingEncoder.vector(texts.get(0)), 3, -1, 0).get(0).similarity()).isCloseTo(1.0,
				org.assertj.core.api.Assertions.within(0.02));
	}

}
