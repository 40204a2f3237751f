package com.lcnews.trends.testing;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import kotlin.jvm.functions.Function0;

/** Browserless Vaadin (Karibu-Testing) on the Spring context of a test: a mock UI and a signed-in user. */
public final class KaribuSupport {

	private KaribuSupport() {
	}

	/** Every view of the application, found on the class path. */
	public static Routes routes() {
		return new Routes().autoDiscoverViews("com.lcnews.trends");
	}

	public static void setUp(Routes routes, ApplicationContext context) {
		Function0<UI> uiFactory = UI::new;
		MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
	}

	public static void tearDown() {
		MockVaadin.tearDown();
		SecurityContextHolder.clearContext();
	}

	/** Signs {@code user} in with one role, for Spring Security and for the servlet request Vaadin checks. */
	public static void signIn(String user, String role) {
		var auth = new UsernamePasswordAuthenticationToken(user, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
		SecurityContextHolder.getContext().setAuthentication(auth);
		FakeRequest request = (FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(auth);
		request.setUserInRole((principal, r) -> r.equals(role));
	}

}
