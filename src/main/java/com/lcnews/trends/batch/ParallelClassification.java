package com.lcnews.trends.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.beans.factory.DisposableBean;

/**
 * The threads that classify articles, and the writer side of it: the reader ({@link ReadAheadClassifyingReader}) hands
 * each article to a thread and the step gets a page of their futures; the writer waits for every future of the page
 * before it writes, inside the chunk's transaction, so the restart guarantees of a sequential job hold (nothing is
 * written or committed before the whole page is classified). The classifier must be thread-safe, as its Javadoc must
 * say.
 */
final class ParallelClassification implements DisposableBean {

	private final ExecutorService executor;

	ParallelClassification(int threads) {
		AtomicInteger n = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "classify-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	/** The classification threads. */
	ExecutorService executor() {
		return executor;
	}

	/** Waits for the classifications of the chunk's pages, then writes them in order. */
	ItemWriter<ClassifiedPage> writer(ItemWriter<TopicAssignment> delegate) {
		return pages -> {
			List<TopicAssignment> done = new ArrayList<>();
			for (ClassifiedPage page : pages) {
				for (Future<TopicAssignment> future : page.assignments()) {
					TopicAssignment assignment = await(future);
					if (assignment != null) {
						done.add(assignment);
					}
				}
			}
			delegate.write(new Chunk<>(done));
		};
	}

	private static TopicAssignment await(Future<TopicAssignment> future) throws Exception {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
