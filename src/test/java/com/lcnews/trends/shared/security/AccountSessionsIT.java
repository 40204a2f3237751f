package com.lcnews.trends.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.lcnews.trends.testing.HttpBrowserless;

/**
 * An account change takes effect at once, through real HTTP sessions: a disabled account, or one whose password or
 * role was changed, is signed out of its open sessions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newstrends.security.users[0].username=victim",
				"newstrends.security.users[0].password={noop}victim-pw-1", "newstrends.security.users[0].role=EDITOR",
				"newstrends.security.users[1].username=reader", "newstrends.security.users[1].password={noop}reader-pw-12",
				"newstrends.security.users[1].role=EDITOR" })
class AccountSessionsIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void aDisabledAccountIsSignedOutAtOnceAndCannotSignInAgain() throws Exception {
		accounts.create("leaver", Roles.EDITOR, "leaver-pass-1", "test");
		HttpBrowserless laptop = new HttpBrowserless(port);
		HttpBrowserless phone = new HttpBrowserless(port);
		laptop.signIn("leaver", "leaver-pass-1");
		phone.signIn("leaver", "leaver-pass-1");
		assertThat(laptop.isSignedIn()).isTrue();
		assertThat(phone.isSignedIn()).isTrue();

		accounts.setEnabled("leaver", false, "test");

		assertThat(laptop.isSignedIn()).isFalse();
		assertThat(phone.isSignedIn()).isFalse();
		assertThat(HttpBrowserless.location(new HttpBrowserless(port).signIn("leaver", "leaver-pass-1")))
			.isEqualTo("/login?error");
	}

	@Test
	void aNewPasswordOrRoleEndsTheAccountsSessionsButNotOthers() throws Exception {
		accounts.create("mover", Roles.EDITOR, "mover-pass-12", "test");
		HttpBrowserless mover = new HttpBrowserless(port);
		HttpBrowserless other = new HttpBrowserless(port);
		mover.signIn("mover", "mover-pass-12");
		other.signIn("victim", "victim-pw-1");

		accounts.changeRole("mover", Roles.SCIENTIST, "test");

		assertThat(mover.isSignedIn()).isFalse();
		assertThat(other.isSignedIn()).isTrue();
		mover.signIn("mover", "mover-pass-12");
		assertThat(mover.isSignedIn()).isTrue();
		accounts.setPassword("mover", "mover-pass-new", "test");
		assertThat(mover.isSignedIn()).isFalse();
		assertThat(HttpBrowserless.location(mover.signIn("mover", "mover-pass-12"))).isEqualTo("/login?error");
		mover.signIn("mover", "mover-pass-new");
		assertThat(mover.isSignedIn()).isTrue();
	}

}
