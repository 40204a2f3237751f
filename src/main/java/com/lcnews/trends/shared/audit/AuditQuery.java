package com.lcnews.trends.shared.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter over the audit log; null or empty parts do not filter.
 *
 * @param actions only these actions
 * @param actor only entries by this actor (exact name)
 * @param from only entries on or after this day (server time zone)
 * @param to only entries on or before this day
 * @param text only entries whose target or details contain this text (case-insensitive)
 */
public record AuditQuery(Set<AuditAction> actions, String actor, LocalDate from, LocalDate to, String text) {

	/** Every entry. */
	public static AuditQuery all() {
		return new AuditQuery(Set.of(), null, null, null, null);
	}

}
