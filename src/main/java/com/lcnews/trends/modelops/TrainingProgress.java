package com.lcnews.trends.modelops;

import java.time.Duration;
import java.time.Instant;

/**
 * The current or last retraining.
 *
 * @param state idle, running, completed or failed
 * @param lastMessage the trainer's latest line (folds done, time left) or the outcome
 * @param version the new model's version once completed
 */
public record TrainingProgress(State state, Instant startedAt, String startedBy, String lastMessage, String version) {

	/** Life cycle of a retraining. */
	public enum State {

		IDLE, RUNNING, COMPLETED, FAILED

	}

	static TrainingProgress idle() {
		return new TrainingProgress(State.IDLE, null, null, null, null);
	}

	/** Time since the start, zero when idle. */
	public Duration elapsed() {
		return startedAt == null ? Duration.ZERO : Duration.between(startedAt, Instant.now());
	}

}
