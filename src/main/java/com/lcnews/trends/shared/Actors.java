package com.lcnews.trends.shared;

import java.util.Set;

/**
 * The names the application records as the actor of its own work (who imported, labelled, promoted, changed), named
 * once. No account may take one; the dashboard shows them in words ({@code accounts.by.<name>}).
 */
public final class Actors {

	/** The application itself, when no person or step is known. */
	public static final String SYSTEM = "system";

	/** The first-administrator set-up. */
	public static final String SETUP = "setup";

	/** Accounts seeded from the configuration. */
	public static final String CONFIGURATION = "configuration";

	/** The first start of an empty store (seed import, seed labels, first classification). */
	public static final String FIRST_START = "first-start";

	/** The registration and promotion of the models bundled with the application. */
	public static final String DEFAULTS = "defaults";

	/** The seed data bundled with the application: its topics and its labels. */
	public static final String SEED = "seed";

	/** The drop folder's imports. */
	public static final String INBOX = "inbox";

	/** Every reserved name. */
	public static final Set<String> ALL = Set.of(SYSTEM, SETUP, CONFIGURATION, FIRST_START, DEFAULTS, SEED, INBOX);

	private Actors() {
	}

}
