package com.lcnews.trends.classify;

import java.util.Objects;

import com.lcnews.trends.shared.Topic;

/**
 * One labelled training or test text.
 *
 * @param text the text to classify (headline and body)
 * @param topic the primary topic, the class a model learns
 * @param secondaryTopic an optional second topic, kept for people and later multi-label work; may be null
 * @param origin where the label came from, e.g. {@code /path/labels.csv line 12}, for error messages
 * @param group what the text must be held out with in cross-validation, e.g. its source page (texts of one group never
 *        sit on both sides of a fold); null: the text is a group of its own
 */
public record LabelledText(String text, Topic topic, Topic secondaryTopic, String origin, String group) {

	public LabelledText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(topic, "topic");
	}

	/** A text that is a group of its own. */
	public LabelledText(String text, Topic topic, Topic secondaryTopic, String origin) {
		this(text, topic, secondaryTopic, origin, null);
	}

	/** A text with a primary topic only. */
	public static LabelledText of(String text, String topic, String origin) {
		return new LabelledText(text, new Topic(topic), null, origin, null);
	}

	/** The same label in another group. */
	public LabelledText withGroup(String newGroup) {
		return new LabelledText(text, topic, secondaryTopic, origin, newGroup);
	}

}
