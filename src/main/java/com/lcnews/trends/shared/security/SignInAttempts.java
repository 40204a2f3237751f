package com.lcnews.trends.shared.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.audit.AuditLog;

/**
 * Feeds sign-in outcomes to the {@link SignInThrottle} and logs them: every failure (account, address, count), every
 * lockout (also in the audit log), every success.
 */
class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private final SignInThrottle throttle;

	private final SignInThrottleProperties policy;

	private final AuditLog audit;

	SignInAttempts(SignInThrottle throttle, SignInThrottleProperties policy, AuditLog audit) {
		this.throttle = throttle;
		this.policy = policy;
		this.audit = audit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication auth = event.getAuthentication();
		String account = LogText.of(auth.getName());
		String address = address(auth);
		SignInThrottle.Failure f = throttle.failed(auth.getName(), address);
		log.info("Sign-in failed for account '{}' from {}: {} ({} of {} failures allowed on the account, {} of {} from "
				+ "the address)", account, address, event.getException().getClass().getSimpleName(), f.accountFailures(),
				policy.maxFailuresPerAccount(), f.addressFailures(), policy.maxFailuresPerAddress());
		if (f.accountLockedUntil() != null) {
			log.warn("Sign-in to account '{}' locked until {} after {} failures (the last from {})", account,
					f.accountLockedUntil(), f.accountFailures(), address);
			audit.record(AuditAction.SIGN_IN_LOCKED, null, "account:" + account, details(f.accountFailures(), "address",
					address, f.accountLockedUntil()));
		}
		if (f.addressLockedUntil() != null) {
			log.warn("Sign-in from address {} locked until {} after {} failures (the last on account '{}')", address,
					f.addressLockedUntil(), f.addressFailures(), account);
			audit.record(AuditAction.SIGN_IN_LOCKED, null, "address:" + address, details(f.addressFailures(), "account",
					account, f.addressLockedUntil()));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		throttle.succeeded(event.getAuthentication().getName());
		log.info("Signed in: account '{}' from {}", LogText.of(event.getAuthentication().getName()),
				address(event.getAuthentication()));
	}

	private static Map<String, String> details(int failures, String lastKind, String last, Instant until) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("failures", String.valueOf(failures));
		details.put(lastKind, last);
		details.put("until", until.toString());
		return details;
	}

	private static String address(Authentication auth) {
		return auth.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
	}

}
