package com.lcnews.trends.shared.taxonomy;

import java.time.Instant;
import java.util.Set;

import com.lcnews.trends.shared.TopicCatalog;

/**
 * A stored topic with who created and last changed it, and when.
 *
 * @param revision how many times it was changed since it was added (an edit names the revision it started from)
 * @param lastChange what the last change did
 */
public record TopicRecord(TopicCatalog.Entry entry, int revision, String createdBy, Instant createdAt,
		String changedBy, Instant changedAt, Set<TopicChanged.Change> lastChange) {

	public TopicRecord {
		lastChange = Set.copyOf(lastChange);
	}

	public String code() {
		return entry.topic().code();
	}

	public boolean active() {
		return entry.active();
	}

}
