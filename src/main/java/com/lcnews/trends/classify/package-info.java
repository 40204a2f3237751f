/**
 * Topic classification, public API with no Weka types: {@link com.lcnews.trends.classify.TopicClassifier} (classify a
 * text), {@link com.lcnews.trends.classify.Prediction}, {@link com.lcnews.trends.classify.ModelInfo},
 * {@link com.lcnews.trends.classify.ModelStore} (list, load, promote models in the model folder),
 * {@link com.lcnews.trends.classify.ModelRegistry} (models and promotions in the store),
 * {@link com.lcnews.trends.classify.TrainingService} with {@link com.lcnews.trends.classify.TrainingOptions},
 * {@link com.lcnews.trends.classify.LabelledText}, {@link com.lcnews.trends.classify.ModelMetadata} and
 * {@link com.lcnews.trends.classify.EvaluationReport}. Weka and the Chinese segmenter live behind it in the internal
 * packages {@code weka}, {@code text} and {@code training}. Depends on {@code shared} and Spring JDBC only.
 */
package com.lcnews.trends.classify;
