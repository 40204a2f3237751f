package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
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
 * (Weka's wrapper keeps filter state while it predicts). Predictions go straight to LibLINEAR with the fitted model
 * ({@link Direct}) when that gives bit for bit what Weka's wrapper gives, checked once per loaded model; otherwise
 * through the wrapper.
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

	/** The direct path, once checked; {@link Direct#NONE} when it does not match the wrapper. */
	private transient volatile Direct direct;

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
			Direct fast = direct();
			double[] result = fast == Direct.NONE ? null : fast.distribution(standardised(features.vector()));
			return result != null ? result : throughWeka(features.vector());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Linear model failed: " + ex.getMessage(), ex);
		}
	}

	/** Whether predictions skip Weka's wrapper (checked on first use). */
	boolean predictsDirectly() throws Exception {
		return direct() != Direct.NONE;
	}

	double[] throughWeka(float[] vector) throws Exception {
		return copies().get().distributionForInstance(instance(vector, mean, scale, header));
	}

	/** The standardised vector as the instance holds it (float arithmetic, then widened, as in {@link #instance}). */
	private double[] standardised(float[] v) {
		double[] values = new double[v.length];
		for (int j = 0; j < v.length; j++) {
			values[j] = (v[j] - mean[j]) * scale[j];
		}
		return values;
	}

	private Direct direct() throws Exception {
		Direct d = direct;
		return d != null ? d : checkDirect();
	}

	/**
	 * The direct path if it gives exactly the wrapper's distributions for a few probe vectors (zero, the mean, and
	 * pseudo-random ones), else {@link Direct#NONE}: with filters or options the direct path does not mirror, the
	 * wrapper is used.
	 */
	private synchronized Direct checkDirect() throws Exception {
		if (direct != null) {
			return direct;
		}
		Direct candidate = Direct.of(learner, header.numAttributes(), header.numClasses());
		if (candidate != Direct.NONE) {
			Random random = new Random(7);
			List<float[]> probes = new ArrayList<>(List.of(new float[mean.length], mean.clone()));
			for (int i = 0; i < 3; i++) {
				float[] p = new float[mean.length];
				for (int j = 0; j < p.length; j++) {
					p[j] = (float) random.nextGaussian() * 0.05f;
				}
				probes.add(p);
			}
			for (float[] probe : probes) {
				if (!Arrays.equals(candidate.distribution(standardised(probe)), throughWeka(probe))) {
					candidate = Direct.NONE;
					break;
				}
			}
		}
		direct = candidate;
		return candidate;
	}

	/**
	 * Prediction with the fitted LibLINEAR model as Weka's wrapper makes it (its {@code instanceToArray}: the non-zero
	 * attribute values at index + 1, then the bias at the number of attributes + 1; probabilities mapped back by the
	 * model's labels), without the wrapper's per-instance filters, copies and allocations. Thread-safe: LibLINEAR's
	 * prediction only reads the model.
	 */
	private record Direct(Model model, int[] labels, double bias, int biasIndex, int numClasses) {

		static final Direct NONE = new Direct(null, null, 0, 0, 0);

		static Direct of(Classifier learner, int numAttributes, int numClasses) {
			if (!(learner instanceof LibLINEAR lib) || lib.getModel() == null || !lib.getProbabilityEstimates()
					|| lib.getNormalize()) {
				return NONE;
			}
			return new Direct(lib.getModel(), lib.getModel().getLabels(), lib.getBias(), numAttributes + 1, numClasses);
		}

		/** The distribution, or null for a vector with a missing (NaN) value, which the wrapper's filters replace. */
		double[] distribution(double[] values) {
			int count = bias >= 0 ? 1 : 0;
			for (double v : values) {
				if (Double.isNaN(v)) {
					return null;
				}
				count += v != 0 ? 1 : 0;
			}
			FeatureNode[] x = new FeatureNode[count];
			int n = 0;
			for (int j = 0; j < values.length; j++) {
				if (values[j] != 0) {
					x[n++] = new FeatureNode(j + 1, values[j]);
				}
			}
			if (bias >= 0) {
				x[n] = new FeatureNode(biasIndex, bias);
			}
			double[] estimates = new double[numClasses];
			Linear.predictProbability(model, x, estimates);
			double[] result = new double[numClasses];
			for (int k = 0; k < labels.length; k++) {
				result[labels[k]] = estimates[k];
			}
			return result;
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
