package com.lcnews.trends.quantify;

import java.util.SplittableRandom;

/** Draws from Dirichlet distributions through gamma variates (Marsaglia and Tsang 2000). */
final class Dirichlet {

	private final SplittableRandom random;

	Dirichlet(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** One draw of a Dirichlet with the given positive concentrations. */
	double[] draw(double[] alpha) {
		double[] x = new double[alpha.length];
		double total = 0;
		for (int i = 0; i < alpha.length; i++) {
			x[i] = gamma(alpha[i]);
			total += x[i];
		}
		for (int i = 0; i < alpha.length; i++) {
			x[i] = total == 0 ? 1.0 / alpha.length : x[i] / total;
		}
		return x;
	}

	double gamma(double shape) {
		if (shape <= 0) {
			throw new IllegalArgumentException("gamma shape must be positive, not " + shape);
		}
		if (shape < 1) {
			// boost: Gamma(a) = Gamma(a + 1) * U^(1/a)
			return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
		}
		double d = shape - 1.0 / 3;
		double c = 1 / Math.sqrt(9 * d);
		while (true) {
			double z;
			double v;
			do {
				z = normal();
				v = 1 + c * z;
			}
			while (v <= 0);
			v = v * v * v;
			double u = uniform();
			if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) {
				return d * v;
			}
		}
	}

	private double uniform() {
		double u;
		do {
			u = random.nextDouble();
		}
		while (u == 0);
		return u;
	}

	/** A standard normal variate (Box–Muller, one of the pair). */
	private double normal() {
		return Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

}
