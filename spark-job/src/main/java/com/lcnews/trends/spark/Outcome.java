package com.lcnews.trends.spark;

import com.lcnews.trends.batch.TopicAssignment;

/**
 * What the job found for one article: the application's {@link TopicAssignment} (a prediction of one model version,
 * or why it was skipped) and the article's sentence vector in {@code VectorCodec} form (null when the model reads no
 * vectors or the article was not embedded).
 */
public record Outcome(TopicAssignment assignment, byte[] vector) {
}
