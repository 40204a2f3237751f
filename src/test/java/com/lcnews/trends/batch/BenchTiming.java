package com.lcnews.trends.batch;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ItemWriteListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.Chunk;

/** Benchmark listener: time in the writer (waiting for classifications, then the database), per chunk, and heap use. */
final class BenchTiming implements ItemWriteListener<Object>, ChunkListener {

	final AtomicLong writeNanos = new AtomicLong();

	final AtomicLong chunkNanos = new AtomicLong();

	final AtomicLong maxHeapAfterGcish = new AtomicLong();

	/** {@link System#nanoTime()} when the first chunk since {@link #reset()} began. */
	final AtomicLong firstChunkStart = new AtomicLong();

	private long writeStart;

	private long chunkStart;

	private long chunks;

	@Override
	public void beforeChunk(ChunkContext context) {
		chunkStart = System.nanoTime();
		if (chunks == 0) {
			firstChunkStart.compareAndSet(0, chunkStart);
		}
	}

	@Override
	public void afterChunk(ChunkContext context) {
		chunkNanos.addAndGet(System.nanoTime() - chunkStart);
		if (++chunks % 20 == 0) {
			long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			maxHeapAfterGcish.accumulateAndGet(used, Math::max);
		}
	}

	@Override
	public void beforeWrite(Chunk<? extends Object> items) {
		writeStart = System.nanoTime();
	}

	@Override
	public void afterWrite(Chunk<? extends Object> items) {
		writeNanos.addAndGet(System.nanoTime() - writeStart);
	}

	void reset() {
		writeNanos.set(0);
		chunkNanos.set(0);
		maxHeapAfterGcish.set(0);
		firstChunkStart.set(0);
		chunks = 0;
	}

}
