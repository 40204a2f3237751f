package com.lcnews.trends.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import jakarta.servlet.http.HttpSessionEvent;

/** The open sessions are followed through sign-in's new session id, and an account's sessions end on request. */
class SignedInSessionsTest {

	private final SignedInSessions sessions = new SignedInSessions();

	private MockHttpSession open(String user) {
		MockHttpSession session = new MockHttpSession();
		sessions.sessionCreated(new HttpSessionEvent(session));
		if (user != null) {
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
					new SecurityContextImpl(new UsernamePasswordAuthenticationToken(user, null, List.of())));
		}
		return session;
	}

	@Test
	void aSessionIsFollowedUnderItsNewIdAfterSignInAndForgottenWhenItEnds() {
		MockHttpSession session = open(null);
		String before = session.getId();
		session.changeSessionId();
		sessions.sessionIdChanged(new HttpSessionEvent(session), before);

		sessions.sessionDestroyed(new HttpSessionEvent(session));

		assertThat(sessions.size()).as("nothing left behind under the old id").isZero();
	}

	@Test
	void endingAnAccountsSessionsLeavesOtherAccountsAndTheKeptSession() {
		MockHttpSession laptop = open("ed");
		MockHttpSession phone = open("ed");
		MockHttpSession own = open("ed");
		MockHttpSession other = open("chief");
		MockHttpSession anonymous = open(null);

		int ended = sessions.end("ed", own.getId());

		assertThat(ended).isEqualTo(2);
		assertThat(laptop.isInvalid()).isTrue();
		assertThat(phone.isInvalid()).isTrue();
		assertThat(own.isInvalid()).isFalse();
		assertThat(other.isInvalid()).isFalse();
		assertThat(anonymous.isInvalid()).isFalse();
	}

}
