package com.lcnews.trends.vectors;

import java.time.Duration;
import java.time.Instant;

/**
 * A snapshot of the current or last embedding run, for a progress bar.
 *
 * @param state idle (never ran in this process), running, completed or failed
 * @param encoder the spec id the run embeds for, null when idle
 * @param startedAt when it started, null when idle
 * @param done articles embedded so far
 * @param total articles that lacked a vector when it started
 * @param articlesPerSecond mean throughput since the start
 * @param message the outcome or error for people, null while running
 */
public record EmbeddingProgress(State state, String encoder, Instant startedAt, long done, long total,
		double articlesPerSecond, String message) {

	/** Life cycle of a run. */
	public enum State {

		IDLE, RUNNING, COMPLETED, FAILED

	}

	static EmbeddingProgress idle() {
		return new EmbeddingProgress(State.IDLE, null, null, 0, 0, 0, null);
	}

	/** Fraction done between 0 and 1. */
	public double fraction() {
		return total == 0 ? (state == State.COMPLETED ? 1 : 0) : Math.min(1, (double) done / total);
	}

	/** Estimated time left while running, else null. */
	public Duration timeLeft() {
		if (state != State.RUNNING || articlesPerSecond <= 0 || total <= done) {
			return null;
		}
		return Duration.ofSeconds(Math.round((total - done) / articlesPerSecond));
	}

}
