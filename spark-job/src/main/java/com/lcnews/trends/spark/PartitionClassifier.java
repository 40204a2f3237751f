package com.lcnews.trends.spark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lcnews.trends.batch.TopicAssignment;
import com.lcnews.trends.classify.VectorCodec;
import com.lcnews.trends.shared.Article;

/**
 * Embeds and classifies the articles of one partition with the application's own code: the model loaded once per
 * executor ({@link ExecutorModel}), each article's vector computed once and handed to the classifier (what the
 * application's job computes when it classifies the text), the application's {@code ArticleClassificationProcessor}
 * turning the prediction into a {@link TopicAssignment} (or a skip with its reason: empty body, classifier error). Bad
 * input never stops the partition: it is logged with the article's file and position and stored as a skip.
 */
final class PartitionClassifier {

	private static final Logger log = LoggerFactory.getLogger(PartitionClassifier.class);

	private PartitionClassifier() {
	}

	/** The outcomes of a partition's article rows, computed as they are read. */
	static Iterator<Outcome> outcomes(Iterator<Row> rows, JobSettings settings, Tally tally) {
		ExecutorModel.Loaded model = ExecutorModel.of(settings.sidecar());
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return rows.hasNext();
			}

			@Override
			public Outcome next() {
				Row row = rows.next();
				Outcome o = outcome(model, ArticleColumns.article(row), ArticleColumns.vector(row));
				tally.count(o);
				return o;
			}
		};
	}

	/**
	 * The outcome of one article, as the application computes it after its embedding step: the model reads the
	 * article's stored vector when there is one, else the vector is computed now (for every article, as the embedding
	 * step does, empty ones included) and the model reads its stored form, so that a later run from the stored vector
	 * gives the same prediction.
	 * @param stored the stored vector ({@code VectorCodec} form), null when none
	 */
	static Outcome outcome(ExecutorModel.Loaded model, Article article, byte[] stored) {
		byte[] computed = null;
		float[] vector = null;
		if (model.encoder() != null) {
			try {
				vector = stored == null ? null : VectorCodec.decode(stored);
			}
			catch (IllegalArgumentException malformed) {
				log.warn("Article {}: stored vector unreadable ({}); embedding it again", article.id(), malformed.getMessage());
			}
			if (vector == null) {
				try {
					computed = VectorCodec.encode(model.encoder().encode(article.classificationText()));
					vector = VectorCodec.decode(computed);
				}
				catch (RuntimeException ex) {
					vector = null; // the processor tries again through the classifier and records the reason
				}
			}
		}
		TopicAssignment assignment = model.processor().process(article, vector);
		if (assignment.isSkipped()) {
			log.warn("Article {} ({} #{}) not classified: {}", article.id(), article.source(), article.ordinal(),
					assignment.skipReason());
		}
		return new Outcome(assignment, computed);
	}

	/** Classifies a partition and writes it to the store, one transaction per chunk. */
	static void writeToStore(Iterator<Row> rows, JobSettings settings, Tally tally) throws SQLException {
		StoreWriter writer = new StoreWriter(settings.encoder(), settings.lowConfidence());
		Iterator<Outcome> outcomes = outcomes(rows, settings, tally);
		int written = 0;
		try (Connection c = settings.store().connect()) {
			List<Outcome> chunk = new ArrayList<>(settings.chunk());
			while (outcomes.hasNext()) {
				chunk.add(outcomes.next());
				if (chunk.size() == settings.chunk() || !outcomes.hasNext()) {
					writer.write(c, chunk);
					chunk.clear();
					failOnceIfAsked(settings, ++written);
				}
			}
		}
	}

	private static void failOnceIfAsked(JobSettings settings, int chunksWritten) {
		TaskContext task = TaskContext.get();
		if (task != null && task.partitionId() == 0 && task.attemptNumber() == 0
				&& chunksWritten == settings.failOnceAfterChunks()) {
			throw new IllegalStateException("Failure injected after " + chunksWritten + " chunks (test of a retried task)");
		}
	}

}
