/**
 * Sentence vectors of stored articles: computed once per article and encoder spec by the embedding step
 * ({@link com.lcnews.trends.vectors.EmbeddingService}, at import and before classification), stored compactly
 * ({@link com.lcnews.trends.vectors.ArticleVectors}, the one owner of {@code article_vector} and {@code article_copy}),
 * and read by classification, retraining, "similar articles" and near-duplicate detection
 * ({@link com.lcnews.trends.vectors.SimilarArticles}). The heavy loop ({@link com.lcnews.trends.vectors.EmbeddingRun})
 * is a plain class, so a Spark job can run it too. Depends on {@code shared} and the {@code classify} API.
 */
package com.lcnews.trends.vectors;
