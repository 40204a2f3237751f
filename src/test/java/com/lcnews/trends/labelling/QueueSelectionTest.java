package com.lcnews.trends.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QueueSelectionTest {

	private static QueueSelection.Candidate c(long id, String key, String topic, double confidence) {
		return new QueueSelection.Candidate(id, key, topic, confidence);
	}

	@Test
	void takesTheMostUncertainOfEachPredictedTopicInTurnAndSkipsNearDuplicates() {
		List<QueueSelection.Candidate> pool = List.of(c(1, "k1", "poverty", 0.20), c(2, "k2", "poverty", 0.21),
				c(3, "k3", "poverty", 0.22), c(4, "k4", "education", 0.40), c(5, "k1", "health", 0.30),
				c(6, "k6", "health", 0.35), c(7, "k7", null, 0));
		List<QueueSelection.Candidate> batch = QueueSelection.select(pool, 5, Set.of());
		assertThat(batch).extracting(QueueSelection.Candidate::id).containsExactly(7L, 1L, 6L, 4L, 2L);
	}

	@Test
	void keysTakenEarlierAreSkippedAndASmallPoolGivesWhatItHas() {
		List<QueueSelection.Candidate> pool = List.of(c(1, "a", "x", 0.1), c(2, "b", "x", 0.2));
		assertThat(QueueSelection.select(pool, 5, Set.of("a"))).extracting(QueueSelection.Candidate::id).containsExactly(2L);
	}

}
