package com.lcnews.trends.batch;

import java.time.Instant;

/**
 * A correction refused because someone labelled the article after the corrector had looked at it: the newer label
 * stands, and the corrector is told whose it is before deciding again.
 *
 * @param topic the newer label's topic
 * @param by who set it
 * @param at when
 */
public class ConcurrentLabelException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String topic;

	private final String by;

	private final Instant at;

	ConcurrentLabelException(long articleId, String topic, String by, Instant at) {
		super("Article " + articleId + " was labelled '" + topic + "' by " + by + " at " + at
				+ " after you opened it; your correction was not saved");
		this.topic = topic;
		this.by = by;
		this.at = at;
	}

	public String topic() {
		return topic;
	}

	public String by() {
		return by;
	}

	public Instant at() {
		return at;
	}

}
