package com.lcnews.trends.batch;

import java.util.List;
import java.util.concurrent.Future;

/**
 * The classification job's item: one page of articles in id order, each with its classification under way
 * ({@link ReadAheadClassifyingReader}); the job writes one page per transaction ({@link ParallelClassification}).
 */
record ClassifiedPage(List<Future<TopicAssignment>> assignments) {

	ClassifiedPage {
		assignments = List.copyOf(assignments);
	}

}
