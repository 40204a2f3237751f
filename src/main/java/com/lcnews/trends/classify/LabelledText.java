package com.lcnews.trends.classify;

import java.util.Objects;

import com.lcnews.trends.shared.Topic;

/**
 * One labelled training or test text.
 *
 * @param text the text to classify (headline and body)
 * @param topic the primary topic, the class a model learns
 * @param secondaryTopic an optional second topic, kept for people and later multi-label work; may be null
 * @param origin where the label came from, e.g. {@code labels.csv line 12}, for error messages
 */
public record LabelledText(String text, Topic topic, Topic secondaryTopic, String origin) {

	public LabelledText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(topic, "topic");
	}

	/** A text with a primary topic only. */
	public static LabelledText of(String text, String topic, String origin) {
		return new LabelledText(text, new Topic(topic), null, origin);
	}

}
