package com.lcnews.trends.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The throttling policy on a clock the test moves. */
class SignInThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final SignInThrottle throttle = new SignInThrottle(
			new SignInThrottleProperties(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(5)),
			clock);

	@Test
	void anAccountIsLockedAfterItsFailuresAndFreeAgainAfterTheLockout() {
		throttle.failed("editor", "10.0.0.1");
		throttle.failed("editor", "10.0.0.2");
		assertThat(throttle.waitFor("editor", "10.0.0.3")).isEmpty();

		SignInThrottle.Failure third = throttle.failed("Editor ", "10.0.0.3");

		assertThat(third.accountLockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(throttle.waitFor("editor", "10.0.0.9")).contains(Duration.ofMinutes(1));
		assertThat(throttle.waitFor("EDITOR", "10.0.0.9")).as("case does not make another account").isPresent();
		assertThat(throttle.waitFor("admin", "10.0.0.9")).as("other accounts go ahead").isEmpty();
		clock.advance(Duration.ofSeconds(61));
		assertThat(throttle.waitFor("editor", "10.0.0.9")).isEmpty();
	}

	@Test
	void eachFurtherFailureDoublesTheLockoutUpToTheLongest() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("editor", "10.0.0." + i);
		}
		Duration[] expected = { Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(5), Duration.ofMinutes(5) };
		for (Duration lockout : expected) {
			clock.advance(throttle.waitFor("editor", "x").orElseThrow());
			SignInThrottle.Failure f = throttle.failed("editor", "10.0.0.9");
			assertThat(Duration.between(clock.instant(), f.accountLockedUntil())).isEqualTo(lockout);
		}
	}

	@Test
	void anAddressIsLockedAfterItsFailuresWhateverTheAccounts() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("user" + i, "10.0.0.66");
		}
		assertThat(throttle.waitFor("someone", "10.0.0.66")).isEmpty();

		SignInThrottle.Failure fifth = throttle.failed("user4", "10.0.0.66");

		assertThat(fifth.addressLockedUntil()).isNotNull();
		assertThat(fifth.accountLockedUntil()).isNull();
		assertThat(throttle.waitFor("someone", "10.0.0.66")).isPresent();
		assertThat(throttle.waitFor("someone", "10.0.0.67")).isEmpty();
	}

	@Test
	void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
		throttle.failed("editor", "10.0.0.1");
		throttle.failed("editor", "10.0.0.1");
		throttle.succeeded("editor");

		assertThat(throttle.failed("editor", "10.0.0.1").accountFailures()).isEqualTo(1);
		assertThat(throttle.failed("other", "10.0.0.1").addressFailures()).isEqualTo(4);
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		throttle.failed("editor", "10.0.0.1");
		throttle.failed("editor", "10.0.0.1");
		clock.advance(Duration.ofMinutes(16));

		assertThat(throttle.failed("editor", "10.0.0.1").accountFailures()).isEqualTo(1);
	}

	@Test
	void aFloodOfMadeUpNamesDoesNotGrowWithoutBound() {
		for (int i = 0; i < SignInThrottle.MAX_TRACKED + 500; i++) {
			throttle.failed("name" + i, "10.1." + (i / 250) + "." + (i % 250));
			clock.advance(Duration.ofMillis(1));
		}
		clock.advance(Duration.ofMinutes(20));
		throttle.failed("last", "10.9.9.9");

		assertThat(throttle.waitFor("name1", "10.1.0.1")).isEmpty();
		assertThat(throttle.tracked()).isLessThanOrEqualTo(2 * SignInThrottle.MAX_TRACKED);
	}

	/** A clock that stands still until the test moves it. */
	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-06-01T08:00:00Z");

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
