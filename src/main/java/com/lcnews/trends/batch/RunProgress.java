package com.lcnews.trends.batch;

import java.time.Duration;
import java.time.Instant;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.stereotype.Component;

/** Tracks the run of this process: updated after every committed chunk, read by {@link BatchRunService#progress()}. */
@Component
class RunProgress implements ChunkListener {

	private volatile BatchProgress current = BatchProgress.idle();

	private volatile long base;

	void begin(ClassifyMode mode, String version, String user, long alreadyDone, long total) {
		base = alreadyDone;
		current = new BatchProgress(BatchProgress.State.RUNNING, mode, version, user, Instant.now(), alreadyDone, total,
				0, null, null);
	}

	@Override
	public void afterChunk(ChunkContext context) {
		long written = ReadAheadClassifyingReader.articlesWritten(context.getStepContext().getStepExecution());
		update(base + written);
	}

	void update(long done) {
		BatchProgress p = current;
		double seconds = Math.max(1e-3, Duration.between(p.startedAt(), Instant.now()).toNanos() / 1e9);
		double rate = (done - base) / seconds;
		Duration left = rate <= 0 ? null : Duration.ofMillis((long) (Math.max(0, p.total() - done) / rate * 1000));
		current = new BatchProgress(p.state(), p.mode(), p.modelVersion(), p.startedBy(), p.startedAt(), done,
				p.total(), rate, left, null);
	}

	void finish(boolean completed, long done, String message) {
		update(done);
		BatchProgress p = current;
		current = new BatchProgress(completed ? BatchProgress.State.COMPLETED : BatchProgress.State.FAILED, p.mode(),
				p.modelVersion(), p.startedBy(), p.startedAt(), p.done(), p.total(), p.articlesPerSecond(), null,
				message);
	}

	BatchProgress snapshot() {
		return current;
	}

}
