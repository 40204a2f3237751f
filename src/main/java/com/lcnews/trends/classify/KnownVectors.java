package com.lcnews.trends.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Vectors computed before training, e.g. the ones stored beside the articles, by encoder spec and by the text as that
 * spec reads it ({@link EncoderSpec#shape}): training takes these first and asks its other {@link VectorSource} only
 * for the rest, so retraining on the store's labels runs no network for the spec the store holds. Thread-safe.
 */
public final class KnownVectors {

	private final Map<String, Map<String, float[]>> bySpec = new ConcurrentHashMap<>();

	/** No vectors. */
	public static KnownVectors none() {
		return new KnownVectors();
	}

	/** Adds the vector of {@code text} as {@code spec} reads it. */
	public KnownVectors add(EncoderSpec spec, String text, float[] vector) {
		if (vector.length != spec.dimensions()) {
			throw new IllegalArgumentException("A vector of " + vector.length + " dimensions for " + spec.id() + " ("
					+ spec.dimensions() + ")");
		}
		bySpec.computeIfAbsent(spec.id(), id -> new ConcurrentHashMap<>()).put(spec.shape(text), vector);
		return this;
	}

	/** How many vectors are known, over all specs. */
	public int size() {
		return bySpec.values().stream().mapToInt(Map::size).sum();
	}

	/**
	 * A source giving the known vectors first and asking {@code rest} for the others (in one call, in order); the
	 * progress line says how many came from where.
	 */
	public VectorSource before(VectorSource rest) {
		return (spec, texts, progress) -> vectors(spec, texts, rest, progress);
	}

	private List<float[]> vectors(EncoderSpec spec, List<String> texts, VectorSource rest, Consumer<String> progress) {
		Map<String, float[]> known = bySpec.getOrDefault(spec.id(), Map.of());
		float[][] out = new float[texts.size()][];
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			float[] v = known.get(spec.shape(texts.get(i)));
			if (v != null) {
				out[i] = v;
			}
			else {
				missing.add(i);
			}
		}
		if (!known.isEmpty()) {
			progress.accept(String.format(Locale.ROOT, "vectors %s: %d of %d texts stored beforehand, %d from the "
					+ "vector cache or the encoder", spec.id(), texts.size() - missing.size(), texts.size(), missing.size()));
		}
		if (!missing.isEmpty()) {
			List<float[]> computed = rest.vectors(spec, missing.stream().map(texts::get).toList(), progress);
			for (int j = 0; j < missing.size(); j++) {
				out[missing.get(j)] = computed.get(j);
			}
		}
		return java.util.Arrays.asList(out);
	}

}
