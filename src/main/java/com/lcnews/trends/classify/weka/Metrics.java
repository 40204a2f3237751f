package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.List;

import com.lcnews.trends.classify.EvaluationReport.TopicScores;

/** Accuracy, per-topic precision/recall/F1 and macro-F1 of a confusion matrix ([actual][predicted]). */
final class Metrics {

	private Metrics() {
	}

	static double accuracy(int[][] confusion) {
		long right = 0;
		long all = 0;
		for (int i = 0; i < confusion.length; i++) {
			for (int j = 0; j < confusion.length; j++) {
				all += confusion[i][j];
				right += i == j ? confusion[i][j] : 0;
			}
		}
		return all == 0 ? 0 : (double) right / all;
	}

	/** Scores of the topics with at least one labelled text, in label order. */
	static List<TopicScores> perTopic(int[][] confusion, List<String> labels) {
		List<TopicScores> scores = new ArrayList<>();
		for (int k = 0; k < confusion.length; k++) {
			int support = 0;
			int predicted = 0;
			for (int j = 0; j < confusion.length; j++) {
				support += confusion[k][j];
				predicted += confusion[j][k];
			}
			if (support == 0) {
				continue;
			}
			double precision = predicted == 0 ? 0 : (double) confusion[k][k] / predicted;
			double recall = (double) confusion[k][k] / support;
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			scores.add(new TopicScores(labels.get(k), precision, recall, f1, support));
		}
		return scores;
	}

	static double macroF1(int[][] confusion) {
		List<TopicScores> scores = perTopic(confusion, java.util.Collections.nCopies(confusion.length, ""));
		return scores.stream().mapToDouble(TopicScores::f1).average().orElse(0);
	}

	static double mean(double[] values) {
		return java.util.Arrays.stream(values).average().orElse(0);
	}

	static double sd(double[] values) {
		if (values.length < 2) {
			return 0;
		}
		double mean = mean(values);
		double sum = 0;
		for (double v : values) {
			sum += (v - mean) * (v - mean);
		}
		return Math.sqrt(sum / (values.length - 1));
	}

	static int argmax(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}

}
