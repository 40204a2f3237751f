package com.lcnews.trends.classify.weka;

/**
 * Nearest prototype: the scores are {@code softmax(SCALE * cos(v, p_k))} over the topics' prototype vectors (unit
 * length). Zero-shot prototypes come from the topics' descriptions alone; few-shot ones mix descriptions with the mean
 * of labelled examples. {@code SCALE} only brings cosines into the range the calibrating temperature is fitted over.
 */
final class PrototypePart implements Part {

	private static final long serialVersionUID = 1L;

	static final double SCALE = 50;

	private final float[][] prototypes;

	PrototypePart(float[][] prototypes) {
		this.prototypes = prototypes;
	}

	/**
	 * Prototypes from descriptions and labelled examples: topic k's is the unit mean of {@code priorWeight} times its
	 * description vector and the sum of its examples' vectors (description alone when it has no example).
	 */
	static PrototypePart fit(float[][] descriptions, float[][] vectors, int[] classes, int[] rows, double priorWeight) {
		int k = descriptions.length;
		int d = descriptions[0].length;
		double[][] sums = new double[k][d];
		for (int c = 0; c < k; c++) {
			for (int j = 0; j < d; j++) {
				sums[c][j] = priorWeight * descriptions[c][j];
			}
		}
		for (int i : rows) {
			for (int j = 0; j < d; j++) {
				sums[classes[i]][j] += vectors[i][j];
			}
		}
		float[][] prototypes = new float[k][];
		for (int c = 0; c < k; c++) {
			prototypes[c] = unit(sums[c]);
		}
		return new PrototypePart(prototypes);
	}

	@Override
	public double[] distribution(Features features) {
		return distribution(features.vector());
	}

	double[] distribution(float[] v) {
		double[] scores = new double[prototypes.length];
		double max = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < prototypes.length; c++) {
			double dot = 0;
			float[] p = prototypes[c];
			for (int j = 0; j < p.length; j++) {
				dot += p[j] * v[j];
			}
			scores[c] = SCALE * dot;
			max = Math.max(max, scores[c]);
		}
		double sum = 0;
		for (int c = 0; c < scores.length; c++) {
			scores[c] = Math.exp(scores[c] - max);
			sum += scores[c];
		}
		for (int c = 0; c < scores.length; c++) {
			scores[c] /= sum;
		}
		return scores;
	}

	@Override
	public boolean readsVector() {
		return true;
	}

	@Override
	public String segmenter() {
		return null;
	}

	static float[] unit(double[] v) {
		double norm = 0;
		for (double x : v) {
			norm += x * x;
		}
		norm = Math.sqrt(norm);
		float[] u = new float[v.length];
		for (int j = 0; j < v.length; j++) {
			u[j] = norm == 0 ? 0 : (float) (v[j] / norm);
		}
		return u;
	}

}
