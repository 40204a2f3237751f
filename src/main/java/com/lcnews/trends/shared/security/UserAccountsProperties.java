package com.lcnews.trends.shared.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in accounts, from configuration (demo accounts in the default profile; environment variables in production).
 *
 * @param users the accounts; none means nobody can sign in
 */
@ConfigurationProperties("newstrends.security")
public record UserAccountsProperties(@DefaultValue List<Account> users) {

	/**
	 * One account.
	 *
	 * @param username sign-in name, also recorded as "who" on labels
	 * @param password a Spring Security encoded password such as {@code {bcrypt}$2a$...} ({@code {noop}} for demos)
	 * @param role one of {@link Roles}
	 */
	public record Account(String username, String password, String role) {
	}

}
