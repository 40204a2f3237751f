package com.lcnews.trends.shared.security;

import java.time.Instant;

/**
 * A sign-in account as administrators see it (never its password).
 *
 * @param role one of {@link Roles}
 * @param enabled whether it may sign in
 * @param createdBy who created it: an account name, {@code configuration}, {@code setup} or a command user
 */
public record Account(String username, String role, boolean enabled, Instant createdAt, String createdBy,
		Instant updatedAt) {
}
