package com.lcnews.trends.testing;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

/** A browserless Vaadin session for Karibu-Testing view tests, with a signed-in user of one role. */
public final class KaribuSession {

	private static Routes routes;

	private KaribuSession() {
	}

	/** Starts a mocked UI over the Spring context with every view of the application. */
	public static synchronized void open(ApplicationContext context) {
		if (routes == null) {
			routes = new Routes().autoDiscoverViews("com.lcnews.trends");
		}
		Function0<UI> uiFactory = UI::new;
		MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
	}

	/** Ends the mocked UI and forgets who was signed in. */
	public static void close() {
		MockVaadin.tearDown();
		SecurityContextHolder.clearContext();
	}

	/** The text of the latest notification shown (fails when none was). */
	public static String lastNotification() {
		List<Notification> shown = NotificationsKt.getNotifications();
		if (shown.isEmpty()) {
			throw new AssertionError("no notification was shown");
		}
		return shown.get(shown.size() - 1).getElement().getProperty("text");
	}

	/** Signs {@code user} in with one role (one of {@code Roles}). */
	public static void signIn(String user, String role) {
		var auth = new UsernamePasswordAuthenticationToken(user, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
		SecurityContextHolder.getContext().setAuthentication(auth);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(auth);
		request.setUserInRole((principal, r) -> r.equals(role));
	}

}
