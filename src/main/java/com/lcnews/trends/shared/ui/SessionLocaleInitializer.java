package com.lcnews.trends.shared.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import com.lcnews.trends.shared.i18n.MessagesI18NProvider;

/**
 * New sessions start in Chinese, or in the language chosen earlier with the {@link LanguageSwitch} (kept in a
 * cookie); each UI takes its session's language.
 */
@Component
class SessionLocaleInitializer implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> {
			String chosen = LanguageSwitch.chosenLanguage(init.getRequest());
			init.getSession().setLocale(MessagesI18NProvider.supported(chosen == null ? null : Locale.forLanguageTag(chosen)));
		});
		event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
	}

}
