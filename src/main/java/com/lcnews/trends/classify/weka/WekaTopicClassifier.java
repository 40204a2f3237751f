package com.lcnews.trends.classify.weka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.text.TextSegmenter;
import com.lcnews.trends.shared.Topic;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A trained Weka pipeline behind {@link TopicClassifier}. Thread-safe: Weka's filtered classifier keeps filter state
 * while it classifies, so every thread gets its own copy of the pipeline and of the data header on first use (a
 * {@link ThreadLocal}); a call then allocates no Weka header. Copies cost memory once per thread, so use it from a
 * bounded pool of threads.
 */
final class WekaTopicClassifier implements TopicClassifier {

	private final Classifier template;

	private final Instances header;

	private final TextSegmenter segmenter;

	private final ModelInfo info;

	private final double temperature;

	private final ThreadLocal<Worker> workers = ThreadLocal.withInitial(this::newWorker);

	WekaTopicClassifier(Classifier trained, Instances header, TextSegmenter segmenter, ModelInfo info,
			double temperature) {
		this.template = trained;
		this.header = new Instances(header, 0);
		this.segmenter = segmenter;
		this.info = info;
		this.temperature = temperature;
	}

	@Override
	public Prediction classify(String text) {
		double[] distribution = Calibrator.scale(workers.get().distribution(segmenter.tokenString(text)), temperature);
		List<Topic> topics = info.topics();
		Map<Topic, Double> scores = new LinkedHashMap<>();
		for (int i = 0; i < distribution.length; i++) {
			scores.put(topics.get(i), distribution[i]);
		}
		int best = Metrics.argmax(distribution);
		Topic bestTopic = topics.get(best);
		Optional<Topic> assigned = distribution[best] >= info.abstainThreshold() ? Optional.of(bestTopic)
				: Optional.empty();
		return new Prediction(assigned, bestTopic, distribution[best], scores);
	}

	@Override
	public List<Topic> topics() {
		return info.topics();
	}

	@Override
	public ModelInfo model() {
		return info;
	}

	private Worker newWorker() {
		try {
			return new Worker(AbstractClassifier.makeCopy(template), new Instances(header, 0));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot copy model " + info.version() + " for a new thread", ex);
		}
	}

	/** One thread's pipeline copy and reusable instance (the string attribute holds exactly one value). */
	private static final class Worker {

		private final Classifier classifier;

		private final Instances header;

		private final Instance instance;

		Worker(Classifier classifier, Instances header) {
			this.classifier = classifier;
			this.header = header;
			this.instance = new DenseInstance(2);
			this.instance.setDataset(header);
		}

		double[] distribution(String tokens) {
			header.attribute(0).setStringValue(tokens);
			instance.setValue(0, 0);
			instance.setMissing(1);
			try {
				return classifier.distributionForInstance(instance);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Classification failed: " + ex.getMessage(), ex);
			}
		}

	}

}
