package com.lcnews.trends.classify.weka;

import java.util.function.Consumer;

/** Counts finished folds against the planned total and reports elapsed and estimated remaining time. */
final class ProgressMeter {

	private final Consumer<String> sink;

	private final long start = System.nanoTime();

	private final int total;

	private int done;

	ProgressMeter(Consumer<String> sink, int total) {
		this.sink = sink;
		this.total = total;
	}

	synchronized void step(String label) {
		done++;
		double elapsed = (System.nanoTime() - start) / 1e9;
		double left = done == 0 ? 0 : elapsed / done * Math.max(0, total - done);
		sink.accept(String.format(java.util.Locale.ROOT, "%s: %d/%d folds done, %.0f s elapsed, ~%.0f s left", label,
				done, total, elapsed, left));
	}

	synchronized void message(String text) {
		sink.accept(text);
	}

}
