package com.lcnews.trends.quantify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class SimplexTest {

	@Test
	void projectionOfAPointOnTheSimplexIsTheSamePoint() {
		assertThat(Simplex.project(new double[] { 0.2, 0.3, 0.5 })).containsExactly(new double[] { 0.2, 0.3, 0.5 },
				within(1e-12));
	}

	@Test
	void projectionCutsNegativePartsAndSpreadsTheRest() {
		assertThat(Simplex.project(new double[] { 1.5, -0.2, 0.1 })).containsExactly(new double[] { 1, 0, 0 },
				within(1e-12));
		assertThat(Simplex.project(new double[] { 0.5, 0.5, 0.5 })).containsExactly(new double[] { 1 / 3.0, 1 / 3.0,
				1 / 3.0 }, within(1e-12));
	}

	@Property
	void projectionLandsOnTheSimplexAndIsTheNearestOfSomeVertices(
			@ForAll @Size(min = 2, max = 12) java.util.List<@DoubleRange(min = -3, max = 3) Double> values) {
		double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
		double[] p = Simplex.project(v);
		double sum = 0;
		for (double x : p) {
			assertThat(x).isGreaterThanOrEqualTo(0);
			sum += x;
		}
		assertThat(sum).isCloseTo(1, within(1e-9));
		double distance = distance(v, p);
		for (int i = 0; i < v.length; i++) {
			double[] vertex = new double[v.length];
			vertex[i] = 1;
			assertThat(distance).isLessThanOrEqualTo(distance(v, vertex) + 1e-9);
		}
	}

	@Test
	void normalisingRefusesNegativeCountsAndSpreadsZeros() {
		assertThat(Simplex.normalise(new double[] { 0, 0 })).containsExactly(0.5, 0.5);
		assertThatThrownBy(() -> Simplex.normalise(new double[] { 1, -1 })).isInstanceOf(IllegalArgumentException.class);
	}

	private static double distance(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += (a[i] - b[i]) * (a[i] - b[i]);
		}
		return s;
	}

}
