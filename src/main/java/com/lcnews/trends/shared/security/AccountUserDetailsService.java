package com.lcnews.trends.shared.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Sign-in reads the accounts of the store. When Spring Security upgrades a stored hash (a stronger encoding), the new
 * hash is written back.
 */
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountStore store;

	AccountUserDetailsService(AccountStore store) {
		this.store = store;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountStore.Stored stored = store.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account named '" + LogText.of(username) + "'"));
		return user(stored.account(), stored.passwordHash());
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		store.updatePassword(user.getUsername(), newPassword);
		return User.withUserDetails(user).password(newPassword).build();
	}

	private static UserDetails user(Account account, String hash) {
		return User.withUsername(account.username())
			.password(hash)
			.roles(account.role())
			.disabled(!account.enabled())
			.build();
	}

}
