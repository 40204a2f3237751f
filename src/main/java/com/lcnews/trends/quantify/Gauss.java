package com.lcnews.trends.quantify;

/** Solves small dense linear systems by Gaussian elimination with partial pivoting. */
final class Gauss {

	private Gauss() {
	}

	/**
	 * @param augmented {@code n} rows of {@code n} coefficients followed by the right-hand side (changed in place)
	 * @return the solution, or null when the matrix is singular
	 */
	static double[] solve(double[][] augmented) {
		int n = augmented.length;
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int r = col + 1; r < n; r++) {
				if (Math.abs(augmented[r][col]) > Math.abs(augmented[pivot][col])) {
					pivot = r;
				}
			}
			if (Math.abs(augmented[pivot][col]) < 1e-300) {
				return null;
			}
			double[] swap = augmented[col];
			augmented[col] = augmented[pivot];
			augmented[pivot] = swap;
			for (int r = col + 1; r < n; r++) {
				double f = augmented[r][col] / augmented[col][col];
				if (f != 0) {
					for (int c = col; c <= n; c++) {
						augmented[r][c] -= f * augmented[col][c];
					}
				}
			}
		}
		double[] x = new double[n];
		for (int r = n - 1; r >= 0; r--) {
			double s = augmented[r][n];
			for (int c = r + 1; c < n; c++) {
				s -= augmented[r][c] * x[c];
			}
			x[r] = s / augmented[r][r];
			if (!Double.isFinite(x[r])) {
				return null;
			}
		}
		return x;
	}

}
