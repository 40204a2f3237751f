package com.lcnews.trends.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account and per client address and says when further attempts must wait
 * ({@link SignInThrottleProperties}). In memory: one application instance; counts start afresh after a restart.
 * The number of tracked keys is bounded, so a flood of made-up names cannot exhaust memory. Thread-safe.
 */
public class SignInThrottle {

	/** Keys kept per kind before expired ones are dropped (and, if still too many, all unlocked ones). */
	static final int MAX_TRACKED = 10_000;

	/** What a failure changed: the count in the window and, when it started or extended a lockout, until when. */
	public record Failure(int accountFailures, int addressFailures, Instant accountLockedUntil,
			Instant addressLockedUntil) {
	}

	private record Count(int failures, Instant last, Instant lockedUntil) {
	}

	private final SignInThrottleProperties policy;

	private final Clock clock;

	private final Map<String, Count> accounts = new ConcurrentHashMap<>();

	private final Map<String, Count> addresses = new ConcurrentHashMap<>();

	public SignInThrottle(SignInThrottleProperties policy, Clock clock) {
		this.policy = policy;
		this.clock = clock;
	}

	/** How long sign-ins to this account from this address must still wait; empty when they may go ahead. */
	public Optional<Duration> waitFor(String account, String address) {
		Instant now = clock.instant();
		Instant until = later(lockedUntil(accounts.get(key(account)), now), lockedUntil(addresses.get(address), now));
		return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
	}

	/** Records a failed sign-in. */
	public Failure failed(String account, String address) {
		Instant now = clock.instant();
		Count a = accounts.compute(key(account), (k, c) -> next(c, now, policy.maxFailuresPerAccount()));
		Count b = addresses.compute(String.valueOf(address), (k, c) -> next(c, now, policy.maxFailuresPerAddress()));
		bound(accounts, now);
		bound(addresses, now);
		return new Failure(a.failures(), b.failures(), a.lockedUntil(), b.lockedUntil());
	}

	/** Records a successful sign-in: the account's failures are forgotten (the address's are not). */
	public void succeeded(String account) {
		accounts.remove(key(account));
	}

	/** How many keys (accounts and addresses) are tracked now. */
	int tracked() {
		return accounts.size() + addresses.size();
	}

	/** The key of an account name: case and surrounding blanks do not make a new account to guess on. */
	static String key(String account) {
		String k = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
		return k.length() > 64 ? k.substring(0, 64) : k;
	}

	private Count next(Count c, Instant now, int max) {
		boolean fresh = c == null || c.last().plus(policy.window()).isBefore(now);
		int failures = fresh ? 1 : c.failures() + 1;
		Instant lockedUntil = failures < max ? null : now.plus(lockout(failures - max));
		return new Count(failures, now, lockedUntil);
	}

	/** The lockout after the {@code extra}-th failure beyond the limit: doubled each time, capped. */
	private Duration lockout(int extra) {
		Duration d = policy.lockout();
		for (int i = 0; i < extra && d.compareTo(policy.maxLockout()) < 0; i++) {
			d = d.multipliedBy(2);
		}
		return d.compareTo(policy.maxLockout()) > 0 ? policy.maxLockout() : d;
	}

	private static Instant lockedUntil(Count c, Instant now) {
		return c == null || c.lockedUntil() == null || !c.lockedUntil().isAfter(now) ? null : c.lockedUntil();
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	private void bound(Map<String, Count> counts, Instant now) {
		if (counts.size() <= MAX_TRACKED) {
			return;
		}
		counts.values().removeIf(c -> c.last().plus(policy.window()).isBefore(now) && lockedUntil(c, now) == null);
		if (counts.size() > MAX_TRACKED) {
			counts.values().removeIf(c -> lockedUntil(c, now) == null);
		}
	}

}
