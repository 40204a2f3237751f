package com.lcnews.trends.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.audit.AuditLog;
import com.lcnews.trends.shared.audit.AuditQuery;
import com.lcnews.trends.testing.HttpBrowserless;

/**
 * Sign-in throttling through real HTTP requests against the running server, each test from its own client address
 * (sent as a proxy would, in {@code X-Forwarded-For}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=framework",
				"newstrends.security.sign-in.max-failures-per-account=3",
				"newstrends.security.sign-in.max-failures-per-address=6",
				"newstrends.security.users[0].username=alice", "newstrends.security.users[0].password={noop}alice-pw-123",
				"newstrends.security.users[0].role=EDITOR",
				"newstrends.security.users[1].username=bob", "newstrends.security.users[1].password={noop}bob-pw-1234",
				"newstrends.security.users[1].role=ADMIN",
				"newstrends.security.users[2].username=carol", "newstrends.security.users[2].password={noop}carol-pw-12",
				"newstrends.security.users[2].role=SCIENTIST" })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIT {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	private HttpBrowserless client(String address) {
		return new HttpBrowserless(port).from(address);
	}

	@Test
	void wrongPasswordsLockTheAccountEvenAgainstTheRightPasswordAndItIsLogged(CapturedOutput log) throws Exception {
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> wrong = client("198.51.100." + (10 + i)).signIn("alice", "guess-" + i);
			assertThat(HttpBrowserless.location(wrong)).isEqualTo("/login?error");
		}

		HttpBrowserless owner = client("198.51.100.20");
		HttpResponse<String> right = owner.signIn("alice", "alice-pw-123");

		assertThat(HttpBrowserless.location(right)).matches("/login\\?locked=\\d+");
		assertThat(owner.isSignedIn()).isFalse();
		assertThat(client("198.51.100.21").signIn("bob", "bob-pw-1234").headers().firstValue("Location"))
			.as("other accounts go ahead").hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(log.getOut() + log.getErr()).contains("Sign-in failed for account 'alice' from 198.51.100.10")
			.contains("Sign-in to account 'alice' locked until")
			.contains("Sign-in to account 'alice' from 198.51.100.20 refused unchecked");
		assertThat(audit.find(new AuditQuery(Set.of(AuditAction.SIGN_IN_LOCKED), null, null, null, "alice"), 0, 10))
			.singleElement()
			.satisfies(e -> assertThat(e.target()).isEqualTo("account:alice"));
	}

	@Test
	void manyFailuresFromOneAddressLockThatAddressForEveryAccount(CapturedOutput log) throws Exception {
		for (int i = 0; i < 6; i++) {
			client("203.0.113.66").signIn("made-up-" + i, "whatever");
		}

		HttpBrowserless fromThere = client("203.0.113.66");
		assertThat(HttpBrowserless.location(fromThere.signIn("carol", "carol-pw-12"))).startsWith("/login?locked=");
		assertThat(fromThere.isSignedIn()).isFalse();
		HttpBrowserless elsewhere = client("203.0.113.67");
		elsewhere.signIn("carol", "carol-pw-12");
		assertThat(elsewhere.isSignedIn()).isTrue();
		assertThat(log.getOut() + log.getErr()).contains("Sign-in from address 203.0.113.66 locked until");
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsFailures() throws Exception {
		HttpBrowserless owner = client("192.0.2.30");
		owner.signIn("bob", "wrong-1");
		owner.signIn("bob", "wrong-2");
		owner.signIn("bob", "bob-pw-1234");
		owner.signIn("bob", "wrong-3");
		owner.signIn("bob", "wrong-4");

		HttpBrowserless again = client("192.0.2.31");
		again.signIn("bob", "bob-pw-1234");

		assertThat(again.isSignedIn()).as("two failures since the success: not locked").isTrue();
	}

}
