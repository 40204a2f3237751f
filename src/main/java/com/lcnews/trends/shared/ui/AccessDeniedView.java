package com.lcnews.trends.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees on a page their role may not open: "无权限", which page it was, and the way back, inside
 * the shell (instead of Vaadin's developer page listing every route).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		String path = event.getLocation().getFirstSegment();
		String page = MainLayout.NAVIGATION.stream().filter(n -> n.path().equals(path)).findFirst()
			.map(n -> getTranslation(n.key())).orElse(path);
		show("access-denied", "error.denied.title", getTranslation("error.denied.text", page));
		return HttpServletResponse.SC_FORBIDDEN;
	}

}
