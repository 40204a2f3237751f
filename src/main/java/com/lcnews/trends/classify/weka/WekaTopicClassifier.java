package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.text.TextNormalizer;
import com.lcnews.trends.classify.text.TextSegmenter;
import com.lcnews.trends.shared.Topic;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * A trained Weka pipeline behind {@link TopicClassifier}.
 * <p>
 * Fast path: when the pipeline is the recipes' {@code FilteredClassifier(StringToWordVector -> learner)}, the fitted
 * vectorizer is compiled into lookups ({@link FittedVectorizer}) and the learner gets the vectorized instance directly;
 * at load the two paths must give bit-identical distributions on probe texts, else the whole pipeline is used.
 * <p>
 * Thread-safe: Weka classifiers keep state while they classify, so every thread gets its own copy of the learner (or
 * of the pipeline) and of the data header on first use (a {@link ThreadLocal}). Copies cost memory once per thread, so
 * use it from a bounded pool of threads.
 */
final class WekaTopicClassifier implements TopicClassifier {

	private static final Logger log = LoggerFactory.getLogger(WekaTopicClassifier.class);

	private final Classifier template;

	private final Instances header;

	private final TextSegmenter segmenter;

	private final ModelInfo info;

	private final double temperature;

	private final Optional<FittedVectorizer> vectorizer;

	private final ThreadLocal<Worker> workers = ThreadLocal.withInitial(this::newWorker);

	WekaTopicClassifier(Classifier trained, Instances header, TextSegmenter segmenter, ModelInfo info,
			double temperature) {
		this.template = trained;
		this.header = new Instances(header, 0);
		this.segmenter = segmenter;
		this.info = info;
		this.temperature = temperature;
		this.vectorizer = compile(trained);
	}

	@Override
	public Prediction classify(String text) {
		String normalized = TextNormalizer.normalize(text);
		double[] distribution = Calibrator.scale(
				workers.get().distribution(sink -> segmenter.segment(normalized, sink)), temperature);
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

	/** The learner's distribution before calibration (for recipes that combine this model with others). */
	double[] rawDistribution(String text) {
		String normalized = TextNormalizer.normalize(text);
		return workers.get().distribution(sink -> segmenter.segment(normalized, sink));
	}

	@Override
	public List<Topic> topics() {
		return info.topics();
	}

	@Override
	public ModelInfo model() {
		return info;
	}

	/** Whether predictions take the compiled vectorizer (false: the whole Weka pipeline). */
	boolean compiled() {
		return vectorizer.isPresent();
	}

	/** For benchmarks of the stages: the segmenter, the compiled vectorizer and a copy of the learner. */
	TextSegmenter segmenter() {
		return segmenter;
	}

	Optional<FittedVectorizer> vectorizer() {
		return vectorizer;
	}

	Classifier learnerCopy() throws Exception {
		return AbstractClassifier.makeCopy(((FilteredClassifier) template).getClassifier());
	}

	private Optional<FittedVectorizer> compile(Classifier trained) {
		if (!(trained instanceof FilteredClassifier original)
				|| !(original.getFilter() instanceof StringToWordVector)) {
			return Optional.empty();
		}
		Optional<FittedVectorizer> compiled;
		try {
			// the checks run texts through the pipeline: a copy, so that the template's filter state stays untouched
			FilteredClassifier pipeline = (FilteredClassifier) AbstractClassifier.makeCopy(original);
			compiled = FittedVectorizer.of((StringToWordVector) pipeline.getFilter(), privateHeader())
				.filter(vectorizer -> sameDistributions(pipeline, vectorizer));
		}
		catch (Exception ex) {
			compiled = Optional.empty();
		}
		if (compiled.isEmpty()) {
			log.warn("Model {}: the compiled vectorizer does not reproduce the Weka pipeline; using the pipeline "
					+ "itself (slower)", info.version());
		}
		return compiled;
	}

	/** The learner on compiled vectors gives exactly the pipeline's distributions on the probe texts. */
	private boolean sameDistributions(FilteredClassifier pipeline, FittedVectorizer compiled) {
		try {
			Worker whole = new PipelineWorker(pipeline, privateHeader());
			Worker fast = new CompiledWorker(AbstractClassifier.makeCopy(pipeline.getClassifier()), compiled);
			for (List<String> probe : compiled.probes()) {
				FittedVectorizer.Tokens tokens = FittedVectorizer.Tokens.of(probe);
				if (!Arrays.equals(whole.distribution(tokens), fast.distribution(tokens))) {
					return false;
				}
			}
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private Worker newWorker() {
		try {
			if (vectorizer.isPresent()) {
				Classifier learner = ((FilteredClassifier) template).getClassifier();
				return new CompiledWorker(AbstractClassifier.makeCopy(learner), vectorizer.get());
			}
			return new PipelineWorker(AbstractClassifier.makeCopy(template), privateHeader());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot copy model " + info.version() + " for a new thread", ex);
		}
	}

	/**
	 * A header with its own attribute objects: Weka's copies share attribute state, and the string attribute's one
	 * value is set per call.
	 */
	private Instances privateHeader() {
		List<String> topics = new ArrayList<>();
		header.classAttribute().enumerateValues().asIterator().forEachRemaining(v -> topics.add((String) v));
		return WekaRecipes.header(topics);
	}

	/** One thread's copy of what it needs to turn tokens into the learner's distribution. */
	private interface Worker {

		double[] distribution(FittedVectorizer.Tokens tokens);

	}

	/** The compiled vectorizer, then the learner. */
	private static final class CompiledWorker implements Worker {

		private final Classifier learner;

		private final FittedVectorizer vectorizer;

		private final FittedVectorizer.Counts counts;

		private final Instances dataset;

		CompiledWorker(Classifier learner, FittedVectorizer vectorizer) {
			this.learner = learner;
			this.vectorizer = vectorizer;
			this.counts = vectorizer.newCounts();
			this.dataset = new Instances(vectorizer.outputFormat(), 0);
		}

		@Override
		public double[] distribution(FittedVectorizer.Tokens tokens) {
			try {
				return learner.distributionForInstance(vectorizer.vectorize(tokens, counts, dataset));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Classification failed: " + ex.getMessage(), ex);
			}
		}

	}

	/** The whole Weka pipeline on the token string. */
	private static final class PipelineWorker implements Worker {

		private final Classifier pipeline;

		private final Instances header;

		PipelineWorker(Classifier pipeline, Instances header) {
			this.pipeline = pipeline;
			this.header = header;
		}

		@Override
		public double[] distribution(FittedVectorizer.Tokens tokens) {
			StringJoiner joined = new StringJoiner(" ");
			tokens.emit((chars, start, length) -> joined.add(new String(chars, start, length)));
			try {
				return pipeline.distributionForInstance(WekaRecipes.unlabelled(header, joined.toString()));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Classification failed: " + ex.getMessage(), ex);
			}
		}

	}

}
