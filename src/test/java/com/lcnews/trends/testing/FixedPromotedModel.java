package com.lcnews.trends.testing;

import java.util.Optional;

import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.classify.TopicClassifier;

/** A {@link PromotedModel} that always gives one classifier (tests declare it {@code @Primary}). */
public record FixedPromotedModel(TopicClassifier classifier) implements PromotedModel {

	@Override
	public Optional<String> version() {
		return Optional.of(classifier.model().version());
	}

}
