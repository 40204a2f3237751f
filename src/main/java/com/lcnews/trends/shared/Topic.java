package com.lcnews.trends.shared;

import java.util.regex.Pattern;

/**
 * A topic key: a stable lower-case ASCII code such as {@code education}. Display names live in the taxonomy data
 * ({@link TopicCatalog}), never in code.
 */
public record Topic(String code) implements Comparable<Topic> {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,31}");

	public Topic {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Not a topic code (lower-case ASCII, 1-32 chars): " + code);
		}
	}

	@Override
	public int compareTo(Topic other) {
		return code.compareTo(other.code);
	}

	@Override
	public String toString() {
		return code;
	}

}
