package com.lcnews.trends.shared.taxonomy;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import com.lcnews.trends.shared.TopicCatalog;

/**
 * A change of the taxonomy, published (Spring application event) inside the transaction that stores it: the hook an
 * audit log listens to ({@code @EventListener} to write in the same transaction, {@code @TransactionalEventListener} to
 * act after commit).
 *
 * @param changes what changed (one edit may rename and re-describe at once)
 * @param before the topic before the change; null when it was added
 * @param after the topic as stored now
 * @param by who changed it ({@code seed} when the empty table was filled from the taxonomy file)
 */
public record TopicChanged(Set<Change> changes, String code, TopicCatalog.Entry before, TopicCatalog.Entry after,
		String by, Instant at) {

	/** Kinds of change. */
	public enum Change {

		ADDED, RENAMED, DESCRIBED, RETIRED, REACTIVATED;

		/** The stored form, e.g. {@code renamed}. */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public TopicChanged {
		changes = Set.copyOf(changes);
	}

}
