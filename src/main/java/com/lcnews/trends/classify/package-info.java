/**
 * Topic classification: the public API ({@link com.lcnews.trends.classify.TopicClassifier}, predictions, model
 * metadata) with no Weka types. Weka and the Chinese segmenter live behind it in internal packages.
 * Depends on {@code shared}.
 */
package com.lcnews.trends.classify;
