package com.lcnews.trends.classify.weka;

import java.time.Instant;
import java.util.List;

import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.text.TextSegmenters;
import com.lcnews.trends.shared.Topic;

import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;

/**
 * Today's text model as a part: segmenter, TF-IDF and a learner (naive Bayes multinomial by default) over the whole
 * text. Predicts through {@link WekaTopicClassifier}'s compiled fast path, built on first use.
 */
final class TextPart implements Part {

	private static final long serialVersionUID = 1L;

	private final FilteredClassifier pipeline;

	private final Instances header;

	private final String segmenter;

	private final List<String> topics;

	private transient volatile WekaTopicClassifier classifier;

	/** Set on parts trained for a cross-validation fold: they predict with the pipeline itself, on one thread. */
	private transient boolean foldOnly;

	TextPart(FilteredClassifier pipeline, Instances header, String segmenter, List<String> topics) {
		this.pipeline = pipeline;
		this.header = new Instances(header, 0);
		this.segmenter = segmenter;
		this.topics = List.copyOf(topics);
	}

	/** Trains a text pipeline on the rows of segmented texts (token strings) and their labels. */
	static TextPart fit(List<String> tokens, List<String> labels, int[] rows, String segmenter, String learner,
			List<String> topics, long seed) throws Exception {
		List<String> rowTokens = new java.util.ArrayList<>(rows.length);
		List<String> rowLabels = new java.util.ArrayList<>(rows.length);
		for (int i : rows) {
			rowTokens.add(tokens.get(i));
			rowLabels.add(labels.get(i));
		}
		Instances train = WekaRecipes.dataset(topics, rowTokens, rowLabels);
		WekaRecipes.balance(train);
		FilteredClassifier pipeline = WekaRecipes.pipeline(learner, seed);
		pipeline.buildClassifier(train);
		return new TextPart(pipeline, WekaRecipes.header(topics), segmenter, topics);
	}

	/** A part for one cross-validation fold: skips compiling the fast path (costly for large dictionaries). */
	@Override
	public TextPart forFold() {
		foldOnly = true;
		return this;
	}

	@Override
	public double[] distribution(Features features) {
		if (foldOnly) {
			synchronized (this) {
				try {
					String tokens = TextSegmenters.forName(segmenter).tokenString(features.text());
					return pipeline.distributionForInstance(WekaRecipes.unlabelled(header, tokens));
				}
				catch (Exception ex) {
					throw new IllegalStateException("Text model failed: " + ex.getMessage(), ex);
				}
			}
		}
		return classifier().rawDistribution(features.text());
	}

	private WekaTopicClassifier classifier() {
		WekaTopicClassifier c = classifier;
		if (c == null) {
			synchronized (this) {
				if (classifier == null) {
					ModelInfo info = new ModelInfo("text part", Instant.EPOCH, topics.stream().map(Topic::new).toList(),
							0, segmenter);
					classifier = new WekaTopicClassifier(pipeline, header, TextSegmenters.forName(segmenter), info, 1);
				}
				c = classifier;
			}
		}
		return c;
	}

	/** The pipeline's full option string. */
	String describe() {
		return WekaRecipes.describe(pipeline);
	}

	@Override
	public boolean readsVector() {
		return false;
	}

	@Override
	public String segmenter() {
		return segmenter;
	}

}
