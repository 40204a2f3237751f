package com.lcnews.trends.shared.security;

import java.time.Clock;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import com.lcnews.trends.shared.audit.AuditLog;
import com.lcnews.trends.shared.ui.LoginView;

/**
 * Server-side sign-in and access control of the web application.
 * <ul>
 * <li>Vaadin views declare their roles with {@code @RolesAllowed}; Actuator's {@code health} is public, every other
 * endpoint needs {@link Roles#ADMIN}.</li>
 * <li>Sign-in posts to {@code /login} need the CSRF token of the sign-in page (Vaadin exempts its own login page;
 * here only Vaadin's internal requests, which carry Vaadin's own token, are exempt), and are throttled per account and
 * per client address ({@link SignInThrottle}).</li>
 * <li>Every response carries a Content-Security-Policy ({@link ContentSecurityPolicy}), a same-origin
 * Referrer-Policy and a Permissions-Policy; cookies are {@code SameSite=Lax}.</li>
 * <li>Accounts live in the store ({@link AccountService}); the configured ones are seeded at start
 * ({@link AccountSeeder}); without any account the log offers the first-administrator set-up
 * ({@link FirstAdministratorSetup}).</li>
 * </ul>
 * A later HTTP API with per-client tokens should add its own {@code SecurityFilterChain} with a
 * {@code securityMatcher} for its paths and a lower {@code @Order}, leaving this chain to the dashboard.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

	/** Where the sign-in form posts, and the sign-in page. */
	static final String SIGN_IN = "/login";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle)
			throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(Roles.ADMIN));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
			.withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
				@Override
				public <F extends CsrfFilter> F postProcess(F filter) {
					filter.setAccessDeniedHandler(staleSignInPage());
					return filter;
				}
			}));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.VAADIN))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", ContentSecurityPolicy.PERMISSIONS)));
		http.addFilterBefore(new SignInThrottleFilter(SIGN_IN, throttle), UsernamePasswordAuthenticationFilter.class);
		return http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
			.build();
	}

	/**
	 * A sign-in form posted without this session's token (a page left open past the session's end, or a form on
	 * another site) goes back to the sign-in page with {@code ?expired}; other refused requests get 403.
	 */
	private static AccessDeniedHandler staleSignInPage() {
		RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGN_IN);
		AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			if (signIn.matches(request)) {
				response.sendRedirect(request.getContextPath() + SIGN_IN + "?expired");
			}
			else {
				forbidden.handle(request, response, denied);
			}
		};
	}

	@Bean
	UserDetailsService userDetailsService(AccountStore store) {
		return new AccountUserDetailsService(store);
	}

	@Bean
	InitializingBean accountSeeding(AccountSeeder seeder) {
		return seeder::seed;
	}

	@Bean
	FirstAdministratorSetup firstAdministratorSetup(AccountService accounts) {
		return new FirstAdministratorSetup(accounts);
	}

	@Bean
	SignInThrottle signInThrottle(SignInThrottleProperties policy) {
		return new SignInThrottle(policy, Clock.systemUTC());
	}

	@Bean
	SignInAttempts signInAttempts(SignInThrottle throttle, SignInThrottleProperties policy, AuditLog audit) {
		return new SignInAttempts(throttle, policy, audit);
	}

	@Bean
	SignedInSessions signedInSessions() {
		return new SignedInSessions();
	}

	@Bean
	CookieSameSiteSupplier sameSiteLax() {
		return CookieSameSiteSupplier.ofLax();
	}

}
