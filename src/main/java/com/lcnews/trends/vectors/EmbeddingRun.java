package com.lcnews.trends.vectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.TextShape;
import com.lcnews.trends.classify.VectorCodec;

/**
 * The embedding step's loop, a plain class (the application and a Spark job run the same code): encodes every article
 * that has no vector of the encoder's spec, batch by batch in id order, stores the vectors, and marks an article as a
 * copy of an earlier one when their vectors and texts nearly match. Restartable at any point: what was stored is not
 * encoded again, and a batch's vectors and copies are stored in one transaction or not at all (a run killed midway
 * loses no copy and records none twice). An article the encoder fails on is left out with its reason (see
 * {@link #failures()}); the run goes on with the others.
 */
public final class EmbeddingRun {

	/** Cosine similarity from which two vectors may belong to one article printed twice. */
	public static final double COPY_SIMILARITY = 0.97;

	/** Share of character trigrams two texts must share (of the smaller set) to be copies. */
	public static final double COPY_TEXT_OVERLAP = 0.6;

	/**
	 * Characters of each text compared for copies: far more than an article, and a bound on the work and memory a
	 * huge text (a whole page or file pasted as one article) can cost.
	 */
	static final int COPY_TEXT_CHARS = 20_000;

	/** Receives the number of articles done (this run) and the number to do. */
	@FunctionalInterface
	public interface Progress {

		void update(long done, long total);

	}

	private final TextEncoder encoder;

	private final ArticleVectors store;

	private final VectorIndex index;

	private final int batchSize;

	private final List<Failure> failures = new ArrayList<>();

	/** An article the run could not embed, and why. */
	public record Failure(long articleId, String reason) {
	}

	/**
	 * @param index the encoder's vectors so far, for finding copies (new vectors are added to it); null: no copies
	 * @param batchSize articles read and stored at a time
	 */
	public EmbeddingRun(TextEncoder encoder, ArticleVectors store, VectorIndex index, int batchSize) {
		this.encoder = encoder;
		this.store = store;
		this.index = index;
		this.batchSize = batchSize;
	}

	/**
	 * Embeds until no article lacks a vector or {@code stop} says so.
	 * @return the number of articles embedded
	 */
	public long run(Progress progress, BooleanSupplier stop) {
		String spec = encoder.spec().id();
		long total = store.countMissing(spec);
		long done = 0;
		long after = Long.MIN_VALUE;
		progress.update(0, total);
		while (!stop.getAsBoolean()) {
			List<ArticleVectors.ArticleText> batch = store.missing(spec, after, batchSize);
			if (batch.isEmpty()) {
				break;
			}
			after = batch.get(batch.size() - 1).id();
			List<ArticleVectors.ArticleText> encoded = new ArrayList<>(batch.size());
			List<float[]> vectors = encode(batch, encoded);
			List<ArticleVectors.Stored> stored = new ArrayList<>(encoded.size());
			for (int i = 0; i < encoded.size(); i++) {
				stored.add(new ArticleVectors.Stored(encoded.get(i).id(), vectors.get(i)));
			}
			// copies are judged, and the index fed, by the vectors as the store holds them (as after a restart)
			List<float[]> asStored = index == null ? vectors
					: vectors.stream().map(v -> VectorCodec.decode(VectorCodec.encode(v))).toList();
			store.store(spec, stored, copies(encoded, asStored));
			if (index != null) {
				for (int i = 0; i < encoded.size(); i++) {
					index.add(encoded.get(i).id(), asStored.get(i));
				}
			}
			done += stored.size();
			progress.update(done, Math.max(total, done));
		}
		return done;
	}

	/**
	 * The articles the run could not embed (the encoder failed on them or gave no usable vector), with the reason;
	 * they keep lacking a vector, so the next run tries them again, and classification embeds their text itself.
	 */
	public List<Failure> failures() {
		return List.copyOf(failures);
	}

	/**
	 * The vectors of a batch's texts, in order, with the articles they belong to added to {@code encoded}. When the
	 * encoder fails on the batch, each text is encoded alone: one bad article never holds up the others.
	 */
	private List<float[]> encode(List<ArticleVectors.ArticleText> batch, List<ArticleVectors.ArticleText> encoded) {
		try {
			List<float[]> vectors = encoder.encodeAll(batch.stream().map(ArticleVectors.ArticleText::text).toList());
			if (vectors.size() == batch.size() && vectors.stream().allMatch(this::usable)) {
				encoded.addAll(batch);
				return vectors;
			}
		}
		catch (RuntimeException ex) {
			// fall through: find the article the encoder fails on
		}
		List<float[]> vectors = new ArrayList<>(batch.size());
		for (ArticleVectors.ArticleText article : batch) {
			try {
				float[] vector = encoder.encode(article.text());
				if (!usable(vector)) {
					throw new IllegalStateException("the encoder gave no vector of " + encoder.spec().dimensions()
							+ " finite values");
				}
				vectors.add(vector);
				encoded.add(article);
			}
			catch (RuntimeException ex) {
				failures.add(new Failure(article.id(), ex.getMessage() == null ? ex.getClass().getSimpleName()
						: ex.getMessage()));
			}
		}
		return vectors;
	}

	private boolean usable(float[] vector) {
		if (vector == null || vector.length != encoder.spec().dimensions()) {
			return false;
		}
		for (float x : vector) {
			if (!Float.isFinite(x)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The copies among a batch's articles: each not yet classified, non-blank article whose vector nearly equals that
	 * of an earlier article (stored before, or earlier in this batch) and whose text mostly overlaps it.
	 */
	private List<ArticleVectors.Copy> copies(List<ArticleVectors.ArticleText> batch, List<float[]> vectors) {
		List<ArticleVectors.Copy> copies = new ArrayList<>();
		if (index == null) {
			return copies;
		}
		VectorIndex earlier = new VectorIndex(encoder.spec().dimensions());
		for (int i = 0; i < batch.size(); i++) {
			ArticleVectors.ArticleText article = batch.get(i);
			if (!article.classified() && !TextShape.isBlank(article.text())) {
				for (VectorIndex.Neighbour candidate : candidates(vectors.get(i), article.id(), earlier)) {
					String original = store.text(candidate.articleId()).orElse("");
					if (candidate.articleId() < article.id() && overlap(article.text(), original) >= COPY_TEXT_OVERLAP) {
						copies.add(new ArticleVectors.Copy(article.id(), candidate.articleId(), candidate.similarity()));
						break;
					}
				}
			}
			earlier.add(article.id(), vectors.get(i));
		}
		return copies;
	}

	/** The three nearest of the stored vectors and of this batch's earlier ones, best first. */
	private List<VectorIndex.Neighbour> candidates(float[] vector, long articleId, VectorIndex earlier) {
		List<VectorIndex.Neighbour> all = new ArrayList<>(index.nearest(vector, 3, articleId, COPY_SIMILARITY));
		all.addAll(earlier.nearest(vector, 3, articleId, COPY_SIMILARITY));
		all.sort(Comparator.comparingDouble(VectorIndex.Neighbour::similarity).reversed());
		return all.subList(0, Math.min(3, all.size()));
	}

	/**
	 * Shared character trigrams of two texts over those of the shorter one (whitespace and case folded), of their
	 * first {@link #COPY_TEXT_CHARS} characters.
	 */
	static double overlap(String a, String b) {
		Set<String> x = trigrams(a);
		Set<String> y = trigrams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Set<String> smaller = x.size() <= y.size() ? x : y;
		Set<String> larger = smaller == x ? y : x;
		long shared = smaller.stream().filter(larger::contains).count();
		return (double) shared / smaller.size();
	}

	private static Set<String> trigrams(String text) {
		String folded = TextShape.lead(text, COPY_TEXT_CHARS).replace(" ", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 3 <= folded.length(); i++) {
			grams.add(folded.substring(i, i + 3));
		}
		return grams;
	}

}
