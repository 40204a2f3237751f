package com.lcnews.trends.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import com.lcnews.trends.shared.i18n.MessagesI18NProvider;

/** Switches the UI between Chinese and English for this session, then redraws the page. */
public class LanguageSwitch extends Select<Locale> {

	private static final String COOKIE = "newstrends-lang";

	public LanguageSwitch() {
		setItems(MessagesI18NProvider.CHINESE, MessagesI18NProvider.ENGLISH);
		setItemLabelGenerator(locale -> locale.getLanguage().equals("zh") ? "中文" : "English");
		setValue(MessagesI18NProvider.supported(UI.getCurrent().getLocale()));
		setAriaLabel(getTranslation("language.switch"));
		setId("language-switch");
		setWidth("7.5em");
		addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				VaadinSession.getCurrent().setLocale(event.getValue());
				Cookie cookie = new Cookie(COOKIE, event.getValue().getLanguage());
				cookie.setPath("/");
				cookie.setMaxAge(365 * 24 * 3600);
				VaadinService.getCurrentResponse().addCookie(cookie);
				UI.getCurrent().getPage().reload();
			}
		});
	}

	/** The language tag chosen earlier in this browser, or null. */
	static String chosenLanguage(VaadinRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
