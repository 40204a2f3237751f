package com.lcnews.trends.batch;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ItemWriteListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.Chunk;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.testing.FixedPromotedModel;
import com.lcnews.trends.testing.HashingEncoder;
import com.lcnews.trends.testing.KeywordTopicClassifier;

/** Test beans for the job: a classifier that can be switched to a new model, a chunk failure, a chunk gate. */
@TestConfiguration(proxyBeanMethods = false)
class BatchTestSupport {

	@Bean
	SwitchableClassifier switchableClassifier() {
		return new SwitchableClassifier();
	}

	@Bean
	@Primary
	PromotedModel switchableModel(SwitchableClassifier classifier) {
		return new FixedPromotedModel(classifier);
	}

	/** Models that read vectors get them from the fast test encoder. */
	@Bean
	@Primary
	EncoderProvider testEncoders() {
		return new HashingEncoder(0).provider();
	}

	@Bean
	FailAtChunk failAtChunk() {
		return new FailAtChunk();
	}

	@Bean
	ChunkGate chunkGate() {
		return new ChunkGate();
	}

	/** Delegates to the current test model; starts with keyword model {@code kw-1}. */
	static final class SwitchableClassifier implements TopicClassifier {

		private volatile TopicClassifier current = new KeywordTopicClassifier("kw-1");

		void use(TopicClassifier classifier) {
			current = classifier;
		}

		@Override
		public Prediction classify(String text) {
			return current.classify(text);
		}

		@Override
		public Prediction classify(String text, float[] vector) {
			return current.classify(text, vector);
		}

		@Override
		public java.util.Optional<EncoderSpec> encoder() {
			return current.encoder();
		}

		@Override
		public List<Topic> topics() {
			return current.topics();
		}

		@Override
		public ModelInfo model() {
			return current.model();
		}

	}

	/** When armed, fails the N-th chunk after its writes, inside its transaction, as a crash would. */
	static final class FailAtChunk implements ItemWriteListener<ClassifiedPage> {

		private final AtomicInteger chunks = new AtomicInteger();

		private volatile int failAt = -1;

		void arm(int chunkNumber) {
			chunks.set(0);
			failAt = chunkNumber;
		}

		void disarm() {
			failAt = -1;
		}

		@Override
		public void afterWrite(Chunk<? extends ClassifiedPage> items) {
			if (chunks.incrementAndGet() == failAt) {
				throw new IllegalStateException("simulated crash in chunk " + failAt);
			}
		}

	}

	/** When armed, holds the first chunk until opened, so a test can act while a run is in progress. */
	static final class ChunkGate implements ChunkListener {

		private volatile CountDownLatch entered = new CountDownLatch(0);

		private volatile CountDownLatch open = new CountDownLatch(0);

		void arm() {
			entered = new CountDownLatch(1);
			open = new CountDownLatch(1);
		}

		void awaitEntered() throws InterruptedException {
			entered.await(30, TimeUnit.SECONDS);
		}

		void open() {
			open.countDown();
		}

		@Override
		public void beforeChunk(ChunkContext context) {
			entered.countDown();
			try {
				open.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
