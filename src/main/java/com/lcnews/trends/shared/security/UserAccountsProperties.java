package com.lcnews.trends.shared.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in accounts to seed from configuration (demo accounts in the default profile; environment variables in
 * production): {@link AccountSeeder} creates those the store does not have yet. The store is the record afterwards.
 *
 * @param users the accounts to seed; none is fine (see {@link FirstAdministratorSetup})
 */
@ConfigurationProperties("newstrends.security")
public record UserAccountsProperties(@DefaultValue List<Account> users) {

	/**
	 * One account.
	 *
	 * @param username sign-in name, also recorded as "who" on labels
	 * @param password a Spring Security encoded password such as {@code {bcrypt}$2a$...}; {@code {noop}} plain text
	 * only in the embedded default, where it is hashed before it is stored
	 * @param role one of {@link Roles}
	 */
	public record Account(String username, String password, String role) {
	}

}
