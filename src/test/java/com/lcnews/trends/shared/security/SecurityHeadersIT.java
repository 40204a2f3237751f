package com.lcnews.trends.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.lcnews.trends.testing.HttpBrowserless;

/** Security headers and cookie attributes on real responses of the running server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newstrends.security.users[0].username=victim",
				"newstrends.security.users[0].password={noop}victim-pw-1", "newstrends.security.users[0].role=EDITOR",
				"newstrends.security.users[1].username=reader", "newstrends.security.users[1].password={noop}reader-pw-12",
				"newstrends.security.users[1].role=EDITOR" })
class SecurityHeadersIT {

	@LocalServerPort
	int port;

	@Test
	void theSignInPageCarriesAContentSecurityPolicyThatAllowsOnlyThisOrigin() throws Exception {
		HttpHeaders headers = new HttpBrowserless(port).get("/login").headers();

		String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp.split(";\\s*")).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
				"form-action 'self'", "frame-ancestors 'none'", "connect-src 'self'", "img-src 'self' data: blob:");
		assertThat(csp).doesNotContain("*").doesNotContain("http:").doesNotContain("https:");
		assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
		assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
		assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> page = new HttpBrowserless(port).get("/login");

		List<String> session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
		assertThat(session).singleElement().satisfies(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void theNewSessionOfASignInIsSameSiteLaxTooAndSignedInPagesCarryThePolicy() throws Exception {
		HttpBrowserless user = new HttpBrowserless(port);

		HttpResponse<String> signedIn = user.signIn("reader", "reader-pw-12");

		assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
			.contains("SameSite=Lax"));
		HttpResponse<String> trends = user.get("/trends");
		assertThat(trends.statusCode()).isEqualTo(200);
		assertThat(trends.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(trends.headers().firstValue("Referrer-Policy")).contains("same-origin");
	}

	@Test
	void operationsEndpointsCarryThePolicyToo() throws Exception {
		HttpResponse<String> health = new HttpBrowserless(port).get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.headers().firstValue("Content-Security-Policy")).isPresent();
	}

}
