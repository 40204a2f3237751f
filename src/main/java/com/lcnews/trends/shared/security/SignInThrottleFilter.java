package com.lcnews.trends.shared.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a posted sign-in form while its account or client address is locked by the {@link SignInThrottle}: the
 * password is not checked, and the browser is sent back to the sign-in page with {@code ?locked=SECONDS}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

	private final RequestMatcher signIn;

	private final SignInThrottle throttle;

	SignInThrottleFilter(String signInPath, SignInThrottle throttle) {
		this.signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, signInPath);
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!signIn.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String account = request.getParameter("username");
		Optional<Duration> wait = throttle.waitFor(account, request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		log.info("Sign-in to account '{}' from {} refused unchecked: locked for another {} s", LogText.of(account),
				request.getRemoteAddr(), seconds);
		response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
	}

}
