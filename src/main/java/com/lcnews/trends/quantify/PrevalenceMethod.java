package com.lcnews.trends.quantify;

/**
 * How class shares are estimated from the counts of predicted classes and the classifier's rates
 * {@code P(predicted j | actual i)}. Every method returns shares on the simplex (non-negative, summing to 1).
 */
public enum PrevalenceMethod {

	/** Raw classify and count: the shares of the predictions, errors ignored. The baseline. */
	CLASSIFY_AND_COUNT {

		@Override
		public double[] estimate(double[] predicted, double[][] rates) {
			return Simplex.normalise(predicted);
		}

	},

	/**
	 * Adjusted classify and count: the shares {@code p} whose expected predictions {@code Σ_i p_i rates[i][j]} come
	 * closest (least squares) to the observed ones, constrained to the simplex (Forman 2008; Bunse 2022 for the
	 * constrained form).
	 */
	ADJUSTED_COUNT {

		@Override
		public double[] estimate(double[] predicted, double[][] rates) {
			return SimplexLeastSquares.solve(rates, Simplex.normalise(predicted));
		}

	},

	/**
	 * Maximum likelihood: the shares under which the observed predictions are most probable when every item is
	 * predicted as class j with probability {@code Σ_i p_i rates[i][j]}, found by expectation maximisation (Peters and
	 * Coberly 1976; the confusion-matrix form of Saerens et al. 2002).
	 */
	MAXIMUM_LIKELIHOOD {

		@Override
		public double[] estimate(double[] predicted, double[][] rates) {
			return ConfusionLikelihood.maximise(rates, Simplex.normalise(predicted));
		}

	};

	/**
	 * Estimates the class shares.
	 *
	 * @param predicted how many items (or what weight) were predicted as each class; not all zero
	 * @param rates {@code rates[i][j] = P(predicted j | actual i)}, rows summing to 1
	 * @return the estimated share of each actual class, summing to 1
	 */
	public abstract double[] estimate(double[] predicted, double[][] rates);

}
