package com.lcnews.trends.vectors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.TextShape;

/**
 * The embedding step's loop, a plain class (the application and a Spark job run the same code): encodes every article
 * that has no vector of the encoder's spec, batch by batch in id order, stores the vectors, and marks an article as a
 * copy of an earlier one when their vectors and texts nearly match. Restartable at any point: what was stored is not
 * encoded again, and a batch is stored in one statement batch or not at all.
 */
public final class EmbeddingRun {

	/** Cosine similarity from which two vectors may belong to one article printed twice. */
	public static final double COPY_SIMILARITY = 0.97;

	/** Share of character trigrams two texts must share (of the smaller set) to be copies. */
	public static final double COPY_TEXT_OVERLAP = 0.6;

	/** Receives the number of articles done (this run) and the number to do. */
	@FunctionalInterface
	public interface Progress {

		void update(long done, long total);

	}

	private final TextEncoder encoder;

	private final ArticleVectors store;

	private final VectorIndex index;

	private final int batchSize;

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
			List<float[]> vectors = encoder.encodeAll(batch.stream().map(ArticleVectors.ArticleText::text).toList());
			List<ArticleVectors.Stored> stored = new ArrayList<>(batch.size());
			for (int i = 0; i < batch.size(); i++) {
				stored.add(new ArticleVectors.Stored(batch.get(i).id(), vectors.get(i)));
			}
			store.store(spec, stored);
			markCopies(spec, batch, vectors);
			done += batch.size();
			after = batch.get(batch.size() - 1).id();
			progress.update(done, Math.max(total, done));
		}
		return done;
	}

	private void markCopies(String spec, List<ArticleVectors.ArticleText> batch, List<float[]> vectors) {
		if (index == null) {
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			ArticleVectors.ArticleText article = batch.get(i);
			if (!article.classified() && !TextShape.lead(article.text(), article.text().length()).isEmpty()) {
				for (VectorIndex.Neighbour candidate : index.nearest(vectors.get(i), 3, article.id(), COPY_SIMILARITY)) {
					String original = store.text(candidate.articleId()).orElse("");
					if (candidate.articleId() < article.id() && overlap(article.text(), original) >= COPY_TEXT_OVERLAP) {
						store.markCopy(spec, new ArticleVectors.Copy(article.id(), candidate.articleId(),
								candidate.similarity()));
						break;
					}
				}
			}
			index.add(article.id(), vectors.get(i));
		}
	}

	/** Shared character trigrams of two texts over those of the shorter one (whitespace and case folded). */
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
		String folded = TextShape.lead(text, text.length()).replace(" ", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 3 <= folded.length(); i++) {
			grams.add(folded.substring(i, i + 3));
		}
		return grams;
	}

}
