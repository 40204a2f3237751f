package com.lcnews.trends.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import com.lcnews.trends.shared.security.Roles;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security of the HTTP API, apart from the dashboard's: {@code /api/**} is stateless and needs a client token
 * ({@code Authorization: Bearer nt_...}); importing needs the administrator role, reading any role. The OpenAPI
 * description and Swagger UI are public (they hold no data).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens,
			ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/pages")
				.hasRole(Roles.ADMIN)
				.anyRequest()
				.hasAnyRole(Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(tokens,
					strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
					AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> problem(response, 401,
						"A valid API token is needed: Authorization: Bearer <token>; an administrator issues tokens in the dashboard"))
				.accessDeniedHandler((request, response, ex) -> problem(response, 403,
						"This token's role may not do this")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}

	/** Authenticates a request by its bearer token, as the token's client with the token's role. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiTokenService tokens;

		private final SecurityContextHolderStrategy contexts;

		/** @param contexts the application's strategy (Vaadin installs its own), not the static default */
		BearerTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy contexts) {
			this.tokens = tokens;
			this.contexts = contexts;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				tokens.authenticate(header.substring(7).strip()).ifPresent(client -> {
					var authentication = new UsernamePasswordAuthenticationToken("api:" + client.client(), null,
							List.of(new SimpleGrantedAuthority("ROLE_" + client.role())));
					var context = contexts.createEmptyContext();
					context.setAuthentication(authentication);
					contexts.setContext(context);
				});
			}
			chain.doFilter(request, response);
		}

	}

}
