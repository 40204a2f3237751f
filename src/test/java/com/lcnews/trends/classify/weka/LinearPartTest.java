package com.lcnews.trends.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LinearPartTest {

	private static final int D = 16;

	private static final List<String> TOPICS = List.of("economy", "education", "health");

	private final Random random = new Random(11);

	@Test
	void predictsStraightThroughLibLinearExactlyAsWekasWrapperDoesAlsoAfterSerialisation() throws Exception {
		LinearPart part = fitted();

		assertThat(part.predictsDirectly()).isTrue();
		assertSameAsWeka(part);

		LinearPart copy = roundTrip(part);
		assertThat(copy.predictsDirectly()).isTrue();
		assertSameAsWeka(copy);
	}

	@Test
	void everyCommittedModelWithALinearPartPredictsDirectly() throws Exception {
		List<LinearPart> linear = new java.util.ArrayList<>();
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("models"))) {
			for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".model")).sorted().toList()) {
				Object[] objects = weka.core.SerializationHelper.readAll(file.toString());
				if (objects.length == 1 && objects[0] instanceof RecipeModel model && model.part() instanceof LinearPart l) {
					linear.add(l);
				}
			}
		}

		assertThat(linear).as("committed models with a linear part").isNotEmpty();
		for (LinearPart part : linear) {
			assertThat(part.predictsDirectly()).isTrue();
		}
	}

	@Test
	void aVectorWithAMissingValueGoesThroughWekasWrapper() throws Exception {
		LinearPart part = fitted();
		float[] v = vector(1);
		v[3] = Float.NaN;

		assertThat(part.distribution(features(v))).containsExactly(part.throughWeka(v));
	}

	private void assertSameAsWeka(LinearPart part) throws Exception {
		for (int i = 0; i < 200; i++) {
			float[] v = vector(i % TOPICS.size());
			if (i % 10 == 0) {
				v[i % D] = 0; // a zero value is left out of LibLINEAR's sparse features by both paths
			}
			double[] direct = part.distribution(features(v));
			assertThat(direct).as("vector %d", i).containsExactly(part.throughWeka(v));
			assertThat(IntStream.range(0, TOPICS.size()).mapToDouble(k -> direct[k]).sum()).isCloseTo(1.0,
					org.assertj.core.api.Assertions.within(1e-9));
		}
	}

	private LinearPart fitted() throws Exception {
		int n = 90;
		float[][] vectors = new float[n][];
		int[] classes = new int[n];
		for (int i = 0; i < n; i++) {
			classes[i] = i % TOPICS.size();
			vectors[i] = vector(classes[i]);
		}
		float[][][] descriptions = new float[TOPICS.size()][][];
		for (int c = 0; c < TOPICS.size(); c++) {
			descriptions[c] = new float[][] { vector(c) };
		}
		return LinearPart.fit(vectors, classes, IntStream.range(0, n).toArray(), descriptions, TOPICS, LinearPart.COST,
				42);
	}

	/** A point near the centre of its topic's cluster: dimension c carries the topic. */
	private float[] vector(int topic) {
		float[] v = new float[D];
		for (int j = 0; j < D; j++) {
			v[j] = (float) (random.nextGaussian() * 0.3 + (j == topic ? 2 : 0));
		}
		return v;
	}

	private static Part.Features features(float[] v) {
		return Part.Features.of("", v);
	}

	private static LinearPart roundTrip(LinearPart part) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(part);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (LinearPart) in.readObject();
		}
	}

}
