package com.lcnews.trends.batch;

import org.springframework.beans.factory.ObjectProvider;

import com.lcnews.trends.classify.TopicClassifier;

/** Default {@link ClassifierProvider}: the application's {@link TopicClassifier} bean, looked up when a run starts. */
class BeanClassifierProvider implements ClassifierProvider {

	private final ObjectProvider<TopicClassifier> classifiers;

	BeanClassifierProvider(ObjectProvider<TopicClassifier> classifiers) {
		this.classifiers = classifiers;
	}

	@Override
	public TopicClassifier promoted() {
		TopicClassifier classifier;
		try {
			classifier = classifiers.getIfAvailable();
		}
		catch (RuntimeException ex) {
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			throw new IllegalStateException("The promoted model cannot be used: " + cause.getMessage(), ex);
		}
		if (classifier == null) {
			throw new IllegalStateException("No topic model is available: train and promote a model first");
		}
		return classifier;
	}

}
