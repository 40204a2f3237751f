package com.lcnews.trends.shared.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the accounts of the configuration ({@code newstrends.security.users}) that the store does not have yet;
 * accounts that exist are left as they are (administrators may have changed them since). Passwords must be given as
 * hashes ({@code {bcrypt}...}); plain {@code {noop}} passwords are accepted only in the embedded default (no profile
 * active), where they are hashed before they are stored. Anything else stops the start with a message that says
 * which account and what to do.
 */
@Component
public class AccountSeeder {

	/** Who created seeded accounts (recorded). */
	static final String BY = "configuration";

	private static final Logger log = LoggerFactory.getLogger(AccountSeeder.class);

	/** Profiles that still count as the embedded default: none, Spring's "default", and the command runner's. */
	private static final Set<String> DEFAULT_PROFILES = Set.of("default", "command");

	private final UserAccountsProperties properties;

	private final AccountService accounts;

	private final AccountStore store;

	private final PasswordEncoder encoder;

	private final boolean plaintextAllowed;

	AccountSeeder(UserAccountsProperties properties, AccountService accounts, AccountStore store, PasswordEncoder encoder,
			Environment environment) {
		this.properties = properties;
		this.accounts = accounts;
		this.store = store;
		this.encoder = encoder;
		this.plaintextAllowed = Arrays.stream(environment.getActiveProfiles()).allMatch(DEFAULT_PROFILES::contains);
	}

	/**
	 * Checks every configured account, then stores those that are missing.
	 * @throws IllegalStateException naming the account when one is incomplete, has an unknown role or a refused password
	 */
	public void seed() {
		List<UserAccountsProperties.Account> configured = properties.users();
		for (int i = 0; i < configured.size(); i++) {
			check(i, configured.get(i));
		}
		for (UserAccountsProperties.Account a : configured) {
			if (store.nameLike(a.username()).isEmpty()) {
				accounts.insert(a.username(), stored(a.password()), a.role(), BY);
				log.info("Account '{}' ({}) created from the configuration", a.username(), a.role());
			}
		}
	}

	private void check(int index, UserAccountsProperties.Account a) {
		String where = "newstrends.security.users[" + index + "]";
		if (a.username() == null || a.username().isBlank() || a.password() == null || a.password().isBlank()) {
			throw new IllegalStateException(where + ": every account needs a username and a password");
		}
		String name = where + " ('" + a.username() + "')";
		try {
			PasswordRules.checkName(a.username());
		}
		catch (AccountException ex) {
			throw new IllegalStateException(name + ": " + ex.getMessage(), ex);
		}
		if (!AccountService.ROLES.contains(a.role())) {
			throw new IllegalStateException(name + " has unknown role '" + a.role() + "' (use one of "
					+ AccountService.ROLES + ")");
		}
		String id = PasswordRules.encodingId(a.password());
		if ("noop".equals(id) && !plaintextAllowed) {
			throw new IllegalStateException(name + ": plain-text {noop} passwords are refused outside the embedded "
					+ "default; give a hash such as {bcrypt}$2a$10$... (print one with the command 'accounts hash')");
		}
		if (!"noop".equals(id) && (id == null || !PasswordRules.HASH_IDS.contains(id) || !PasswordRules.wellFormed(a.password()))) {
			throw new IllegalStateException(name + ": the password must be an encoded hash starting with one of "
					+ PasswordRules.HASH_IDS.stream().sorted().map(h -> "{" + h + "}").toList()
					+ " (print one with the command 'accounts hash')");
		}
	}

	private String stored(String configured) {
		return "noop".equals(PasswordRules.encodingId(configured))
				? encoder.encode(configured.substring("{noop}".length())) : configured;
	}

}
