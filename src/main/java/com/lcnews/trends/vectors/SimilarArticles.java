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
		return indexes.computeIfAbsent(spec.id(), id -> read(spec));
	}

	private VectorIndex read(EncoderSpec spec) {
		VectorIndex index = new VectorIndex(spec.dimensions());
		vectors.forEach(spec.id(), v -> index.add(v.articleId(), v.vector()));
		return index;
	}

	/**
	 * The index of a spec's vectors, read again when the store holds another number of them than it does: another
	 * process (the {@code embed} command, a Spark job, a second dashboard) stored or removed vectors meanwhile. One
	 * count by the encoder's index; a full read only after such a change.
	 */
	VectorIndex current(EncoderSpec spec) {
		VectorIndex index = index(spec);
		if (vectors.count(spec.id()) == index.size()) {
			return index;
		}
		VectorIndex fresh = read(spec);
		indexes.put(spec.id(), fresh);
		return fresh;
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
		return current(spec).nearest(vector.get(), k, articleId, MIN_SIMILARITY);
	}

	/**
	 * What the vectors say about one article.
	 *
	 * @param similar its nearest neighbours, best first (at least {@link #MIN_SIMILARITY})
	 * @param copyOf the article it reprints, when it is a recorded near-duplicate copy
	 * @param copies the recorded copies of it
	 * @param embedded whether the article has a sentence vector yet (else no neighbour can be known)
	 */
	public record Related(List<VectorIndex.Neighbour> similar, Optional<ArticleVectors.Copy> copyOf,
			List<ArticleVectors.Copy> copies, boolean embedded) {
	}

	/**
	 * Neighbours and copies of one article: by the vectors of {@code preferred} (the promoted model's encoder) when
	 * the article has one, else of any encoder it has a vector of; no neighbours when it has none yet.
	 */
	public Related related(long articleId, Optional<EncoderSpec> preferred, int k) {
		Map<String, Integer> own = vectors.encodersOf(articleId);
		Optional<EncoderSpec> spec = preferred.filter(p -> own.containsKey(p.id()))
			.or(() -> own.entrySet().stream().findFirst().map(e -> EncoderSpec.parse(e.getKey(), e.getValue())));
		List<VectorIndex.Neighbour> similar = spec.map(s -> similarTo(articleId, s, k)).orElse(List.of());
		return new Related(similar, vectors.copyOf(articleId), vectors.copiesOf(articleId), spec.isPresent());
	}

	/** Forgets the in-memory indexes (after vectors were removed, e.g. in tests). */
	public void forget() {
		indexes.clear();
	}

}
