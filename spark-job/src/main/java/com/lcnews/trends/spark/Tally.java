package com.lcnews.trends.spark;

import java.io.Serializable;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What a run did, counted on the executors with accumulators (updated once per successful task, so a retried task is
 * not counted twice).
 */
final class Tally implements Serializable {

	private final LongAccumulator articles;

	private final LongAccumulator abstained;

	private final LongAccumulator skipped;

	private final LongAccumulator vectors;

	Tally(SparkContext sc) {
		this.articles = sc.longAccumulator("articles");
		this.abstained = sc.longAccumulator("abstained");
		this.skipped = sc.longAccumulator("skipped");
		this.vectors = sc.longAccumulator("vectors");
	}

	void count(Outcome o) {
		articles.add(1);
		if (o.assignment().isSkipped()) {
			skipped.add(1);
		}
		else if (o.assignment().topic() == null) {
			abstained.add(1);
		}
		if (o.vector() != null) {
			vectors.add(1);
		}
	}

	long articles() {
		return articles.value();
	}

	long abstained() {
		return abstained.value();
	}

	long skipped() {
		return skipped.value();
	}

	long vectors() {
		return vectors.value();
	}

}
