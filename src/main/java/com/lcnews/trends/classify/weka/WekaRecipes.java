package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.List;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.classifiers.functions.SGD;
import weka.classifiers.functions.SMO;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.meta.MultiClassClassifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.Utils;
import weka.core.stopwords.Null;
import weka.core.tokenizers.WordTokenizer;
import weka.filters.unsupervised.attribute.StringToWordVector;

/** Builds the Weka pipeline of a recipe (TF-IDF over space-separated tokens, then a learner) and its data sets. */
final class WekaRecipes {

	static final List<String> LEARNERS = List.of("nbm", "sgd", "smo");

	static final String FEATURES = "TF-IDF (log TF, IDF, length-normalised), vocabulary fitted on the training data";

	private WekaRecipes() {
	}

	/** An untrained {@code FilteredClassifier(StringToWordVector -> learner)}; the dictionary is fitted in training. */
	static FilteredClassifier pipeline(String learner, long seed) {
		FilteredClassifier pipeline = new FilteredClassifier();
		pipeline.setFilter(vectorizer());
		pipeline.setClassifier(learner(learner, seed));
		pipeline.setDoNotCheckForModifiedClassAttribute(true);
		return pipeline;
	}

	/** The learner's and the vectorizer's full option strings. */
	static String describe(FilteredClassifier pipeline) {
		Classifier learner = pipeline.getClassifier();
		return learner.getClass().getName() + " " + Utils.joinOptions(((AbstractClassifier) learner).getOptions())
				+ " | " + pipeline.getFilter().getClass().getName() + " "
				+ Utils.joinOptions(((StringToWordVector) pipeline.getFilter()).getOptions());
	}

	private static StringToWordVector vectorizer() {
		WordTokenizer tokenizer = new WordTokenizer();
		tokenizer.setDelimiters(" ");
		StringToWordVector vectorizer = new StringToWordVector();
		vectorizer.setTokenizer(tokenizer);
		vectorizer.setStopwordsHandler(new Null());
		vectorizer.setLowerCaseTokens(false);
		vectorizer.setWordsToKeep(200_000);
		vectorizer.setDoNotOperateOnPerClassBasis(true);
		vectorizer.setOutputWordCounts(true);
		vectorizer.setTFTransform(true);
		vectorizer.setIDFTransform(true);
		vectorizer.setNormalizeDocLength(
				new SelectedTag(StringToWordVector.FILTER_NORMALIZE_ALL, StringToWordVector.TAGS_FILTER));
		vectorizer.setMinTermFreq(1);
		vectorizer.setAttributeIndices("first");
		return vectorizer;
	}

	private static Classifier learner(String name, long seed) {
		return switch (name) {
			case "nbm" -> new NaiveBayesMultinomial();
			case "sgd" -> sgd(seed);
			case "smo" -> smo(seed);
			default -> throw new IllegalArgumentException("Unknown learner '" + name + "'; known: " + LEARNERS);
		};
	}

	private static Classifier sgd(long seed) {
		SGD sgd = new SGD();
		sgd.setLossFunction(new SelectedTag(SGD.LOGLOSS, SGD.TAGS_SELECTION));
		sgd.setLambda(1e-4);
		sgd.setLearningRate(0.1);
		sgd.setEpochs(30);
		sgd.setDontNormalize(true);
		sgd.setDontReplaceMissing(true);
		sgd.setSeed((int) seed);
		MultiClassClassifier oneVsRest = new MultiClassClassifier();
		oneVsRest.setClassifier(sgd);
		oneVsRest.setSeed((int) seed);
		return oneVsRest;
	}

	private static Classifier smo(long seed) {
		SMO smo = new SMO();
		smo.setBuildCalibrationModels(true);
		smo.setFilterType(new SelectedTag(SMO.FILTER_NONE, SMO.TAGS_FILTER));
		smo.setRandomSeed((int) seed);
		smo.setNumFolds(-1);
		return smo;
	}

	/** An empty data set header: one string attribute {@code text}, the nominal class {@code topic}. */
	static Instances header(List<String> topics) {
		ArrayList<Attribute> attributes = new ArrayList<>();
		attributes.add(new Attribute("text", (List<String>) null));
		attributes.add(new Attribute("topic", new ArrayList<>(topics)));
		Instances header = new Instances("texts", attributes, 0);
		header.setClassIndex(1);
		return header;
	}

	/**
	 * An instance of one token string, class missing, on a header whose string attribute then holds just this value
	 * (so that classifying many texts does not grow the header).
	 */
	static Instance unlabelled(Instances header, String tokens) {
		header.attribute(0).setStringValue(tokens);
		Instance instance = new DenseInstance(2);
		instance.setDataset(header);
		instance.setValue(0, 0);
		instance.setMissing(1);
		return instance;
	}

	/** Segmented texts with their topics; every topic must be in the header. */
	static Instances dataset(List<String> topics, List<String> tokenStrings, List<String> labels) {
		Instances data = header(topics);
		for (int i = 0; i < tokenStrings.size(); i++) {
			Instance row = new DenseInstance(2);
			row.setDataset(data);
			row.setValue(0, tokenStrings.get(i));
			row.setValue(1, labels.get(i));
			data.add(row);
		}
		return data;
	}

	/** Gives every class the same total weight (inverse class frequency), so rare topics are not ignored. */
	static void balance(Instances data) {
		double[] counts = new double[data.numClasses()];
		for (Instance row : data) {
			counts[(int) row.classValue()]++;
		}
		int present = 0;
		for (double c : counts) {
			present += c > 0 ? 1 : 0;
		}
		for (Instance row : data) {
			row.setWeight(data.numInstances() / (present * counts[(int) row.classValue()]));
		}
	}

}
