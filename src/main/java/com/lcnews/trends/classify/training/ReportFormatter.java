package com.lcnews.trends.classify.training;

import java.util.Locale;

import com.lcnews.trends.classify.EvaluationReport;

/** Renders an {@link EvaluationReport} as plain text tables for the command line and the README. */
final class ReportFormatter {

	private ReportFormatter() {
	}

	static String format(EvaluationReport r) {
		StringBuilder out = new StringBuilder();
		out.append("data: ").append(r.data()).append(" (").append(r.size()).append(" texts)\n");
		if (r.recipe() != null) {
			line(out, "chosen recipe: %s", r.recipe());
			if (r.reads() != null) {
				line(out, "reads: %s", r.reads());
			}
		}
		if (r.folds() > 0) {
			line(out, "evaluation: %d x %d-fold cross-validation holding out whole groups (pages), seed %d", r.repeats(),
					r.folds(), r.seed());
			line(out, "accuracy %.3f ± %.3f   macro-F1 %.3f ± %.3f", r.accuracy(), r.accuracySd(), r.macroF1(), r.macroF1Sd());
		}
		else {
			line(out, "evaluation: held-out test");
			line(out, "accuracy %.3f   macro-F1 %.3f", r.accuracy(), r.macroF1());
		}
		var c = r.calibration();
		if (r.folds() > 0) {
			line(out, "calibration: temperature %.2f, ECE %.3f -> %.3f", c.temperature(), c.eceBefore(), c.eceAfter());
		}
		else if (!Double.isNaN(c.eceAfter())) {
			line(out, "expected calibration error (10 bins) on this data: %.3f", c.eceAfter());
		}
		line(out, "abstain below %.2f: coverage %.3f, accuracy above threshold %.3f", c.abstainThreshold(),
				c.coverage(), c.precisionAbove());
		out.append("\nper topic:\n");
		line(out, "%-14s %9s %9s %9s %8s", "topic", "precision", "recall", "F1", "support");
		for (var t : r.perTopic()) {
			line(out, "%-14s %9.3f %9.3f %9.3f %8d", t.topic(), t.precision(), t.recall(), t.f1(), t.support());
		}
		confusion(out, r);
		if (!r.learningCurve().isEmpty()) {
			out.append("\nlearning curve (share of training folds):\n");
			line(out, "%6s %10s %9s %9s", "share", "train size", "accuracy", "macro-F1");
			for (var p : r.learningCurve()) {
				line(out, "%6.2f %10d %9.3f %9.3f", p.share(), p.trainingSize(), p.accuracy(), p.macroF1());
			}
		}
		if (!r.candidates().isEmpty()) {
			out.append("\ncandidates (corrected resampled t-test on macro-F1 against the best, alpha 0.05; zero-shot recipes\n"
					+ "train on nothing and are scored on every text):\n");
			line(out, "%-28s %-5s %15s %15s %9s %8s %s", "recipe", "chars", "accuracy", "macro-F1", "CV time", "p", "verdict");
			for (var k : r.candidates()) {
				String name = k.recipe() != null ? k.recipe() : k.learner() + "/" + k.segmenter();
				line(out, "%-28s %5s %7.3f ± %.3f %7.3f ± %.3f %8.1fs %8.3f %s", name,
						k.leadChars() == 0 ? "all" : String.valueOf(k.leadChars()), k.accuracy(), k.accuracySd(),
						k.macroF1(), k.macroF1Sd(), k.trainSeconds(), k.pValue(), k.verdict());
			}
		}
		return out.toString();
	}

	private static void confusion(StringBuilder out, EvaluationReport r) {
		out.append("\nconfusion matrix (rows actual, columns predicted):\n");
		StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-14s", ""));
		for (int j = 0; j < r.labels().size(); j++) {
			head.append(String.format(Locale.ROOT, " %5s", abbreviate(r.labels().get(j))));
		}
		out.append(head).append('\n');
		for (int i = 0; i < r.labels().size(); i++) {
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-14s", r.labels().get(i)));
			for (int j = 0; j < r.labels().size(); j++) {
				row.append(String.format(Locale.ROOT, " %5d", r.confusion()[i][j]));
			}
			out.append(row).append('\n');
		}
	}

	private static String abbreviate(String label) {
		return label.length() <= 5 ? label : label.substring(0, 5);
	}

	private static void line(StringBuilder out, String format, Object... args) {
		out.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

}
