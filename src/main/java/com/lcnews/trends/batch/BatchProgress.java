package com.lcnews.trends.batch;

import java.time.Duration;
import java.time.Instant;

/**
 * A snapshot of the current or last classification run, for a progress bar.
 *
 * @param state idle (never ran in this process), running, completed or failed
 * @param mode the run's mode, null when idle
 * @param modelVersion the model version the run classifies with, null when idle
 * @param startedBy who started it ({@code cli}, {@code import}, or a user name)
 * @param startedAt when it started, null when idle
 * @param done articles classified or skipped so far
 * @param total articles the run has to visit, counted when it started
 * @param articlesPerSecond mean throughput since the start
 * @param timeLeft estimated remaining time, null when unknown or not running
 * @param message the outcome or error for people, null while running
 */
public record BatchProgress(State state, ClassifyMode mode, String modelVersion, String startedBy, Instant startedAt,
		long done, long total, double articlesPerSecond, Duration timeLeft, String message) {

	/** Life cycle of a run. */
	public enum State {

		IDLE, RUNNING, COMPLETED, FAILED

	}

	static BatchProgress idle() {
		return new BatchProgress(State.IDLE, null, null, null, null, 0, 0, 0, null, null);
	}

	/** Fraction done between 0 and 1, for a progress bar. */
	public double fraction() {
		return total == 0 ? (state == State.COMPLETED ? 1 : 0) : Math.min(1, (double) done / total);
	}

}
