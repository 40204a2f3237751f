package com.lcnews.trends.vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Nearest neighbours by cosine among the unit vectors of one encoder, held in memory in their compact form (one signed
 * byte per dimension and a scale: {@code d + 4} bytes a vector, 516 MB for a million 512-dimensional vectors). An exact
 * scan: about 50 million multiply-adds per 100,000 vectors, some tens of milliseconds. Thread-safe; vectors can be
 * added while others search.
 */
public final class VectorIndex {

	/** A neighbour and its cosine similarity to the query. */
	public record Neighbour(long articleId, double similarity) {
	}

	private final int dimensions;

	private long[] ids = new long[1024];

	private byte[] values;

	private float[] scales = new float[1024];

	private int size;

	public VectorIndex(int dimensions) {
		this.dimensions = dimensions;
		this.values = new byte[1024 * dimensions];
	}

	/** Number of vectors held. */
	public synchronized int size() {
		return size;
	}

	/** Adds (or, for an id held already, appends again: callers add each article once) a unit vector. */
	public synchronized void add(long articleId, float[] vector) {
		if (vector.length != dimensions) {
			throw new IllegalArgumentException("Expected " + dimensions + " dimensions, got " + vector.length);
		}
		if (size == ids.length) {
			int capacity = ids.length * 2;
			ids = Arrays.copyOf(ids, capacity);
			scales = Arrays.copyOf(scales, capacity);
			values = Arrays.copyOf(values, capacity * dimensions);
		}
		float max = 0;
		for (float v : vector) {
			max = Math.max(max, Math.abs(v));
		}
		float scale = max == 0 ? 1 : max / 127f;
		int offset = size * dimensions;
		for (int i = 0; i < dimensions; i++) {
			values[offset + i] = (byte) Math.round(vector[i] / scale);
		}
		ids[size] = articleId;
		scales[size] = scale;
		size++;
	}

	/**
	 * The {@code k} vectors most similar to {@code query}, best first, leaving out {@code exclude} (e.g. the query's own
	 * article); only those with similarity at least {@code minSimilarity}.
	 */
	public List<Neighbour> nearest(float[] query, int k, long exclude, double minSimilarity) {
		byte[] q = new byte[dimensions];
		float max = 0;
		for (float v : query) {
			max = Math.max(max, Math.abs(v));
		}
		float qScale = max == 0 ? 1 : max / 127f;
		for (int i = 0; i < dimensions; i++) {
			q[i] = (byte) Math.round(query[i] / qScale);
		}
		PriorityQueue<Neighbour> best = new PriorityQueue<>(Comparator.comparingDouble(Neighbour::similarity));
		long[] idsNow;
		byte[] valuesNow;
		float[] scalesNow;
		int n;
		synchronized (this) {
			idsNow = ids;
			valuesNow = values;
			scalesNow = scales;
			n = size;
		}
		for (int j = 0; j < n; j++) {
			if (idsNow[j] == exclude) {
				continue;
			}
			int offset = j * dimensions;
			int dot = 0;
			for (int i = 0; i < dimensions; i++) {
				dot += q[i] * valuesNow[offset + i];
			}
			// the rounding of the compact form can take the product of two equal vectors just past 1: a cosine is at most 1
			double similarity = Math.min(1, dot * (double) qScale * scalesNow[j]);
			if (similarity >= minSimilarity && (best.size() < k || similarity > best.peek().similarity())) {
				best.add(new Neighbour(idsNow[j], similarity));
				if (best.size() > k) {
					best.poll();
				}
			}
		}
		List<Neighbour> sorted = new ArrayList<>(best);
		sorted.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
		return sorted;
	}

}
