package com.lcnews.trends.vectors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.lcnews.trends.classify.EncoderSpec;

/**
 * "Similar articles" by the cosine of their stored vectors, and the in-memory indexes (one per encoder spec) that
 * answer it; an index is read from the store on first use and grows as the embedding step stores vectors.
 */
public class SimilarArticles {

	/** Neighbours under this similarity are not shown as similar. */
	public static final double MIN_SIMILARITY = 0.5;

	private final ArticleVectors vectors;

	private final Map<String, VectorIndex> indexes = new ConcurrentHashMap<>();

	public SimilarArticles(ArticleVectors vectors) {
		this.vectors = vectors;
	}

	/** The index of a spec's vectors, read from the store the first time. */
	public VectorIndex index(EncoderSpec spec) {
		return indexes.computeIfAbsent(spec.id(), id -> {
			VectorIndex index = new VectorIndex(spec.dimensions());
			vectors.forEach(id, v -> index.add(v.articleId(), v.vector()));
			return index;
		});
	}

	/**
	 * The articles most similar to one article, best first, by the vectors of {@code spec}; empty when the article has
	 * no vector of that spec yet.
	 */
	public List<VectorIndex.Neighbour> similarTo(long articleId, EncoderSpec spec, int k) {
		Optional<float[]> vector = vectors.vector(spec.id(), articleId);
		if (vector.isEmpty()) {
			return List.of();
		}
		return index(spec).nearest(vector.get(), k, articleId, MIN_SIMILARITY);
	}

	/** Forgets the in-memory indexes (after vectors were removed, e.g. in tests). */
	public void forget() {
		indexes.clear();
	}

}
