package com.lcnews.trends.ingest;

import java.util.Objects;

/**
 * One uploaded page file held in memory.
 *
 * @param name the file name as uploaded (stored as the articles' source)
 * @param content the raw bytes, in any supported encoding
 */
public record NamedInput(String name, byte[] content) {

	public NamedInput {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(content, "content");
	}

}
