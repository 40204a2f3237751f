package com.lcnews.trends.shared.security;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import com.lcnews.trends.shared.Actors;

/** What account names and new passwords must look like, and which stored password encodings are accepted. */
public final class PasswordRules {

	/** Shortest password accepted for a new or changed password. */
	public static final int MIN_LENGTH = 10;

	/** Longest password in bytes: BCrypt uses only the first 72 bytes, so longer ones are refused, not cut. */
	public static final int MAX_BYTES = 72;

	/** Encodings accepted from configuration ({@code {id}hash}); {@code {noop}} only in the embedded default. */
	static final Set<String> HASH_IDS = Set.of("bcrypt", "pbkdf2", "pbkdf2@SpringSecurity_v5_8");

	/** Names the application records as the actor of its own changes; no account may take them. */
	public static final Set<String> RESERVED_NAMES = Actors.ALL;

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

	private PasswordRules() {
	}

	/** @throws AccountException when the name cannot be an account name */
	public static void checkName(String username) {
		if (username == null || !NAME.matcher(username).matches()) {
			throw new AccountException("badName", "An account name has 1 to 64 letters, digits or . _ @ -: '"
					+ (username == null ? "" : username) + "'", username == null ? "" : username);
		}
		if (RESERVED_NAMES.contains(username.toLowerCase(java.util.Locale.ROOT))) {
			throw new AccountException("reserved", "'" + username + "' is a name the application keeps for its own records",
					username);
		}
	}

	/** @throws AccountException when the password is too short, too long or the account name itself */
	public static void checkPassword(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new AccountException("tooShort", "A password needs at least " + MIN_LENGTH + " characters",
					MIN_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new AccountException("tooLong", "A password may have at most " + MAX_BYTES + " bytes (UTF-8)",
					MAX_BYTES);
		}
		if (password.equalsIgnoreCase(username)) {
			throw new AccountException("sameAsName", "The password must not be the account name");
		}
	}

	/** The encoding id of a stored password ({@code bcrypt} of {@code {bcrypt}$2a$...}), or null when it has none. */
	static String encodingId(String encoded) {
		if (encoded == null || !encoded.startsWith("{") || encoded.indexOf('}') < 2) {
			return null;
		}
		return encoded.substring(1, encoded.indexOf('}'));
	}

	/** Whether a {@code {bcrypt}} value holds a well-formed BCrypt hash (other encodings are not checked). */
	static boolean wellFormed(String encoded) {
		return !"bcrypt".equals(encodingId(encoded)) || BCRYPT.matcher(encoded.substring("{bcrypt}".length())).matches();
	}

}
