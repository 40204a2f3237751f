package com.lcnews.trends.modelops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TrainingProgressTest {

	@Test
	void aFinishedRunKeepsTheDurationItTookWhileARunningOneGrows() throws InterruptedException {
		Instant started = Instant.now().minusSeconds(3);
		TrainingProgress done = new TrainingProgress(TrainingProgress.State.COMPLETED, started, "anna", "ok", "v1", null);
		TrainingProgress running = new TrainingProgress(TrainingProgress.State.RUNNING, started, "anna", "…", null, null);
		Duration first = done.elapsed();
		Duration firstRunning = running.elapsed();
		Thread.sleep(30);

		assertThat(done.elapsed()).isEqualTo(first).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4));
		assertThat(running.elapsed()).isGreaterThan(firstRunning);
		assertThat(running.finishedAt()).isNull();
	}

}
