package com.lcnews.trends.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.lcnews.trends.testing.HttpBrowserless;

/**
 * Login CSRF, through real HTTP requests against the running server: a form posted to {@code /login} from another
 * site (no token of this site's page) signs nobody in; the sign-in page's own form (token from its meta tags) does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newstrends.security.users[0].username=victim",
				"newstrends.security.users[0].password={noop}victim-pw-1", "newstrends.security.users[0].role=EDITOR",
				"newstrends.security.users[1].username=reader", "newstrends.security.users[1].password={noop}reader-pw-12",
				"newstrends.security.users[1].role=EDITOR" })
class LoginCsrfIT {

	@LocalServerPort
	int port;

	@Test
	void crossSitePostToLoginSignsNobodyIn() throws Exception {
		HttpBrowserless victim = new HttpBrowserless(port);
		victim.get("/login");

		HttpResponse<String> answer = victim.postForm("/login", Map.of("username", "victim", "password", "victim-pw-1"),
				"Origin", "http://evil.example", "Referer", "http://evil.example/page.html");

		assertThat(HttpBrowserless.location(answer)).as("back to the sign-in page, not into the dashboard")
			.isEqualTo("/login?expired");
		assertThat(victim.isSignedIn()).isFalse();
	}

	@Test
	void postWithoutAnySessionOrTokenSignsNobodyIn() throws Exception {
		HttpBrowserless victim = new HttpBrowserless(port);

		victim.postForm("/login", Map.of("username", "victim", "password", "victim-pw-1"));

		assertThat(victim.isSignedIn()).isFalse();
	}

	@Test
	void postWithATokenOfAnotherSessionSignsNobodyIn() throws Exception {
		HttpBrowserless attacker = new HttpBrowserless(port);
		Map<String, String> attackersToken = HttpBrowserless.csrfField(attacker.get("/login").body());
		assertThat(attackersToken).hasSize(1);
		HttpBrowserless victim = new HttpBrowserless(port);
		victim.get("/login");

		Map<String, String> form = new LinkedHashMap<>(attackersToken);
		form.put("username", "victim");
		form.put("password", "victim-pw-1");
		victim.postForm("/login", form);

		assertThat(victim.isSignedIn()).isFalse();
	}

	@Test
	void theSignInPagesOwnFormWithItsTokenSignsIn() throws Exception {
		HttpBrowserless user = new HttpBrowserless(port);

		HttpResponse<String> answer = user.signIn("victim", "victim-pw-1");

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(HttpBrowserless.location(answer)).isEqualTo("/");
		assertThat(user.isSignedIn()).isTrue();
	}

}
