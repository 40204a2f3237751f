package com.lcnews.trends.shared.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One audit entry.
 *
 * @param at when it happened
 * @param actor who did it: an account name, or {@link AuditLog#SYSTEM} for the application itself
 * @param target what it was done to, as {@code kind:key} ({@code article:123}, {@code model:v2}, {@code import:7},
 * {@code account:chief}, {@code address:10.0.0.9})
 * @param details further facts by name (e.g. {@code from}, {@code to}), in insertion order
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String target,
		Map<String, String> details) {

	/** The kind part of the target ({@code article}, {@code model}, ...), or empty. */
	public String targetKind() {
		int colon = target == null ? -1 : target.indexOf(':');
		return colon < 0 ? "" : target.substring(0, colon);
	}

	/** The key part of the target, or the whole target when it has no kind. */
	public String targetKey() {
		int colon = target == null ? -1 : target.indexOf(':');
		return target == null ? "" : target.substring(colon + 1);
	}

}
