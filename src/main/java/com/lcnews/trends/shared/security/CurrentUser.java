package com.lcnews.trends.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in, for "who did it" records. */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The signed-in user's name, if any. */
	public static Optional<String> name() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? Optional.empty() : Optional.of(auth.getName());
	}

	/** Whether the signed-in user has a role (one of {@link Roles}). */
	public static boolean hasRole(String role) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
	}

}
