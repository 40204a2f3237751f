package com.lcnews.trends.shared.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import com.lcnews.trends.shared.ui.LoginView;

/**
 * Server-side sign-in and access control: Vaadin views declare their roles with {@code @RolesAllowed}; Actuator's
 * {@code health} is public, every other endpoint needs {@link Roles#ADMIN}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

	private static final Set<String> KNOWN_ROLES = Set.of(Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(Roles.ADMIN));
		return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(UserAccountsProperties properties) {
		List<UserDetails> users = properties.users().stream().map(SecurityConfiguration::toUser).toList();
		return new InMemoryUserDetailsManager(users);
	}

	private static UserDetails toUser(UserAccountsProperties.Account account) {
		if (account.username() == null || account.username().isBlank() || account.password() == null
				|| account.password().isBlank()) {
			throw new IllegalStateException("newstrends.security.users: every account needs a username and a password");
		}
		if (!KNOWN_ROLES.contains(account.role())) {
			throw new IllegalStateException("newstrends.security.users: account '" + account.username()
					+ "' has unknown role '" + account.role() + "' (use one of " + KNOWN_ROLES + ")");
		}
		return User.withUsername(account.username()).password(account.password()).roles(account.role()).build();
	}

}
