package com.lcnews.trends.shared.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The open HTTP sessions of this server, so that an account change (disabled, removed, new role or password) can end
 * the account's sessions at once instead of when they time out. The session of the request making the change is
 * kept. Registered with the servlet container as a listener.
 */
class SignedInSessions implements HttpSessionListener, HttpSessionIdListener {

	private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

	private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		open.put(event.getSession().getId(), event.getSession());
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		open.remove(event.getSession().getId());
	}

	/** Sign-in gives the session a new id (against session fixation): keep it under the new one. */
	@Override
	public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
		open.remove(oldSessionId);
		open.put(event.getSession().getId(), event.getSession());
	}

	/** How many sessions are open, for tests. */
	int size() {
		return open.size();
	}

	/** Ends the sessions of an account once the current transaction commits (at once without a transaction). */
	void endAfterCommit(String username) {
		String keep = currentSessionId();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(username, keep);
				}
			});
		}
		else {
			end(username, keep);
		}
	}

	/** Ends every open session signed in as {@code username} except session {@code keep}; returns how many. */
	int end(String username, String keep) {
		int ended = 0;
		for (HttpSession session : open.values()) {
			if (session.getId().equals(keep) || !username.equals(user(session))) {
				continue;
			}
			try {
				session.invalidate();
				ended++;
			}
			catch (IllegalStateException alreadyGone) {
				open.remove(session.getId());
			}
		}
		if (ended > 0) {
			log.info("Ended {} open session(s) of account '{}' after a change to the account", ended, LogText.of(username));
		}
		return ended;
	}

	private static String user(HttpSession session) {
		try {
			Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			return context instanceof SecurityContext sc && sc.getAuthentication() != null
					? sc.getAuthentication().getName() : null;
		}
		catch (IllegalStateException invalidated) {
			return null;
		}
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getSession(false) != null) {
			return attributes.getRequest().getSession(false).getId();
		}
		VaadinSession vaadin = VaadinSession.getCurrent();
		return vaadin == null || vaadin.getSession() == null ? null : vaadin.getSession().getId();
	}

}
