package com.lcnews.trends.modelops;

import java.time.Duration;
import java.time.Instant;

/**
 * The current or last retraining.
 *
 * @param state idle, running, completed or failed
 * @param lastMessage the trainer's latest line (folds done, time left) or the outcome, in English, for logs and the
 * English UI
 * @param version the new model's version once completed
 * @param expected how long the whole retraining is expected to take, fixed when it starts (null when unknown): the
 * last retraining's duration in this process, else the cross-validation times recorded in the newest model's report
 * @param finishedAt when a completed or failed run ended; null while it runs
 */
public record TrainingProgress(State state, Instant startedAt, String startedBy, String lastMessage, String version,
		Duration expected, Instant finishedAt) {

	/** A snapshot taken now: a completed or failed run ends now, so its duration stops growing. */
	public TrainingProgress(State state, Instant startedAt, String startedBy, String lastMessage, String version,
			Duration expected) {
		this(state, startedAt, startedBy, lastMessage, version, expected,
				state == State.COMPLETED || state == State.FAILED ? Instant.now() : null);
	}

	/** Life cycle of a retraining. */
	public enum State {

		IDLE, RUNNING, COMPLETED, FAILED

	}

	static TrainingProgress idle() {
		return new TrainingProgress(State.IDLE, null, null, null, null, null);
	}

	/** Time since the start (until the end, once the run ended), zero when idle. */
	public Duration elapsed() {
		return startedAt == null ? Duration.ZERO
				: Duration.between(startedAt, finishedAt != null ? finishedAt : Instant.now());
	}

	/**
	 * Expected time left: the fixed expectation minus the time elapsed, never below zero, so it only shrinks while
	 * the run goes on. Null when nothing is expected.
	 */
	public Duration remaining() {
		if (expected == null || state != State.RUNNING) {
			return null;
		}
		Duration left = expected.minus(elapsed());
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** Expected fraction done, below 1 while running (0 when unknown). */
	public double fraction() {
		if (state == State.COMPLETED) {
			return 1;
		}
		if (expected == null || expected.isZero() || state != State.RUNNING) {
			return 0;
		}
		return Math.min(0.99, (double) elapsed().toMillis() / expected.toMillis());
	}

}
