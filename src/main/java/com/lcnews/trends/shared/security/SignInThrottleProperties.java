package com.lcnews.trends.shared.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in attempts are throttled ({@code newstrends.security.sign-in.*}). After {@code maxFailuresPerAccount}
 * failed attempts on one account (or {@code maxFailuresPerAddress} from one client address, whatever the account)
 * within {@code window}, further attempts are refused without checking the password for {@code lockout}, doubled with
 * every further failure up to {@code maxLockout}. A success clears the account's count, not the address's.
 *
 * @param maxFailuresPerAccount failures on one account (known or not) before it is locked
 * @param maxFailuresPerAddress failures from one client address before it is locked
 * @param window how long a failure counts
 * @param lockout the first lockout
 * @param maxLockout the longest lockout
 */
@ConfigurationProperties("newstrends.security.sign-in")
public record SignInThrottleProperties(@DefaultValue("5") int maxFailuresPerAccount,
		@DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration window,
		@DefaultValue("1m") Duration lockout, @DefaultValue("15m") Duration maxLockout) {

	public SignInThrottleProperties {
		if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
			throw new IllegalArgumentException("newstrends.security.sign-in: max-failures-per-account and "
					+ "max-failures-per-address must be at least 1");
		}
	}

}
