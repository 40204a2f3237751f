package com.lcnews.trends.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.aop.framework.Advised;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemWriter;
import org.springframework.beans.factory.DisposableBean;

import com.lcnews.trends.shared.Article;

/**
 * Classifies the articles of a chunk on several threads. The processor hands each article to a thread and returns its
 * future; the writer waits for every future of the chunk before it writes, inside the chunk's transaction, so the
 * restart guarantees of the sequential job hold (nothing is written or committed before the whole chunk is
 * classified). The classifier must be thread-safe, as its Javadoc must say.
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

	/**
	 * Submits each article to the pool. The delegate is a step-scoped proxy, so its target is looked up here, on the
	 * step's thread, and the pool threads call the target directly (they never touch the step scope).
	 */
	ItemProcessor<Article, Future<TopicAssignment>> processor(ItemProcessor<Article, TopicAssignment> delegate) {
		return article -> {
			ItemProcessor<Article, TopicAssignment> target = target(delegate);
			return executor.submit(() -> target.process(article));
		};
	}

	@SuppressWarnings("unchecked")
	private static ItemProcessor<Article, TopicAssignment> target(ItemProcessor<Article, TopicAssignment> delegate)
			throws Exception {
		if (delegate instanceof Advised advised) {
			return (ItemProcessor<Article, TopicAssignment>) advised.getTargetSource().getTarget();
		}
		return delegate;
	}

	/** Waits for the chunk's classifications, then writes them in order. */
	ItemWriter<Future<TopicAssignment>> writer(ItemWriter<TopicAssignment> delegate) {
		return futures -> {
			List<TopicAssignment> done = new ArrayList<>(futures.size());
			for (Future<TopicAssignment> future : futures) {
				TopicAssignment assignment = await(future);
				if (assignment != null) {
					done.add(assignment);
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
