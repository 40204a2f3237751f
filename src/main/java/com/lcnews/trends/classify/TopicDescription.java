package com.lcnews.trends.classify;

import java.util.List;

/**
 * What a zero-shot classifier knows of a topic: its code and the texts that describe it (from the taxonomy, see
 * {@code TopicCatalog.Entry#zeroShotTexts()}); at least one text, the topic's name when nothing else is known.
 */
public record TopicDescription(String code, List<String> texts) {

	public TopicDescription {
		texts = texts == null ? List.of() : texts.stream().filter(t -> t != null && !t.isBlank()).toList();
		if (texts.isEmpty()) {
			texts = List.of(code);
		}
	}

	/** Topics known by code only: each described by its code. */
	public static List<TopicDescription> ofCodes(List<String> codes) {
		return codes.stream().map(c -> new TopicDescription(c, List.of())).toList();
	}

}
