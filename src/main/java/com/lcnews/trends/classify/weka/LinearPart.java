package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.List;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.LibLINEAR;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.Utils;

/**
 * L2-regularised logistic regression (LibLINEAR through Weka's wrapper) over the standardised embedding vector. The
 * topics' description vectors join the training data as prior examples, so a topic with few or no labels still has a
 * direction; classes are weighted inversely to their frequency. Each thread predicts with its own copy of the learner
 * (Weka's wrapper keeps filter state while it predicts).
 */
final class LinearPart implements Part {

	private static final long serialVersionUID = 1L;

	/**
	 * Inverse regularisation strength over standardised features (system property {@code newstrends.lr.cost} for
	 * experiments). 0.01: on THUCNews dev headlines (8,000 train, 2,000 held out) as accurate as 0.1 (0.855 vs 0.852)
	 * and 3.5 times faster to fit; on the seeds, leave-one-page-out, no worse (macro-F1 0.886 vs 0.854). See
	 * docs/README-classify.md.
	 */
	static final double COST = Double.parseDouble(System.getProperty("newstrends.lr.cost", "0.01"));

	/**
	 * LibLINEAR solver: 7, L2-regularised logistic regression solved in the dual (coordinate descent: a few passes
	 * over dense data), or 0, the primal trust-region Newton solver (system property {@code newstrends.lr.solver}).
	 */
	static final int SOLVER = Integer.parseInt(System.getProperty("newstrends.lr.solver", "7"));

	/** Stopping tolerance (LibLINEAR's own default for the dual solver; Weka's wrapper defaults to a stricter 0.001). */
	static final double EPS = Double.parseDouble(System.getProperty("newstrends.lr.eps", "0.1"));

	private final Classifier learner;

	private final Instances header;

	private final float[] mean;

	private final float[] scale;

	private transient volatile ThreadLocal<Classifier> copies;

	private LinearPart(Classifier learner, Instances header, float[] mean, float[] scale) {
		this.learner = learner;
		this.header = header;
		this.mean = mean;
		this.scale = scale;
	}

	/** Trains on the rows' vectors plus every description vector (as an example of its topic). */
	static LinearPart fit(float[][] vectors, int[] classes, int[] rows, float[][][] descriptions, List<String> topics,
			double cost, long seed) throws Exception {
		int d = descriptions[0][0].length;
		List<float[]> x = new ArrayList<>();
		List<Integer> y = new ArrayList<>();
		for (int i : rows) {
			x.add(vectors[i]);
			y.add(classes[i]);
		}
		for (int c = 0; c < descriptions.length; c++) {
			for (float[] v : descriptions[c]) {
				x.add(v);
				y.add(c);
			}
		}
		float[] mean = new float[d];
		float[] scale = new float[d];
		standardisation(x, mean, scale);
		Instances header = header(d, topics);
		Instances data = new Instances(header, x.size());
		for (int i = 0; i < x.size(); i++) {
			Instance row = instance(x.get(i), mean, scale, data);
			row.setClassValue(y.get(i));
			data.add(row);
		}
		LibLINEAR liblinear = new LibLINEAR();
		liblinear.setSVMType(new SelectedTag(SOLVER, LibLINEAR.TAGS_SVMTYPE));
		liblinear.setCost(cost);
		liblinear.setEps(EPS);
		liblinear.setBias(1);
		liblinear.setProbabilityEstimates(true);
		liblinear.setWeights(classWeights(y, topics.size()));
		liblinear.buildClassifier(data);
		return new LinearPart(liblinear, header, mean, scale);
	}

	private static void standardisation(List<float[]> x, float[] mean, float[] scale) {
		int d = mean.length;
		double[] sum = new double[d];
		double[] squares = new double[d];
		for (float[] v : x) {
			for (int j = 0; j < d; j++) {
				sum[j] += v[j];
				squares[j] += (double) v[j] * v[j];
			}
		}
		for (int j = 0; j < d; j++) {
			double m = sum[j] / x.size();
			double var = Math.max(0, squares[j] / x.size() - m * m);
			mean[j] = (float) m;
			scale[j] = (float) (var > 1e-12 ? 1 / Math.sqrt(var) : 1);
		}
	}

	/** Weights per class index: inverse frequency, mean 1 over the classes present. */
	private static String classWeights(List<Integer> y, int k) {
		double[] counts = new double[k];
		y.forEach(c -> counts[c]++);
		int present = 0;
		for (double c : counts) {
			present += c > 0 ? 1 : 0;
		}
		StringBuilder weights = new StringBuilder();
		for (int c = 0; c < k; c++) {
			double w = counts[c] == 0 ? 1 : y.size() / (present * counts[c]);
			weights.append(c == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.6f", w));
		}
		return weights.toString();
	}

	private static Instances header(int d, List<String> topics) {
		ArrayList<Attribute> attributes = new ArrayList<>(d + 1);
		for (int j = 0; j < d; j++) {
			attributes.add(new Attribute("e" + j));
		}
		attributes.add(new Attribute("topic", new ArrayList<>(topics)));
		Instances header = new Instances("vectors", attributes, 0);
		header.setClassIndex(d);
		return header;
	}

	private static Instance instance(float[] v, float[] mean, float[] scale, Instances dataset) {
		double[] values = new double[v.length + 1];
		for (int j = 0; j < v.length; j++) {
			values[j] = (v[j] - mean[j]) * scale[j];
		}
		values[v.length] = Utils.missingValue();
		Instance row = new DenseInstance(1, values);
		row.setDataset(dataset);
		return row;
	}

	@Override
	public double[] distribution(Features features) {
		try {
			Classifier mine = copies().get();
			return mine.distributionForInstance(instance(features.vector(), mean, scale, header));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Linear model failed: " + ex.getMessage(), ex);
		}
	}

	private ThreadLocal<Classifier> copies() {
		ThreadLocal<Classifier> local = copies;
		return local != null ? local : newCopies();
	}

	private synchronized ThreadLocal<Classifier> newCopies() {
		if (copies == null) {
			copies = ThreadLocal.withInitial(() -> {
				try {
					return AbstractClassifier.makeCopy(learner);
				}
				catch (Exception ex) {
					throw new IllegalStateException("Cannot copy the linear model for a new thread", ex);
				}
			});
		}
		return copies;
	}

	/** The learner's full option string. */
	String describe() {
		return learner.getClass().getName() + " " + Utils.joinOptions(((AbstractClassifier) learner).getOptions());
	}

	@Override
	public boolean readsVector() {
		return true;
	}

	@Override
	public String segmenter() {
		return null;
	}

}
