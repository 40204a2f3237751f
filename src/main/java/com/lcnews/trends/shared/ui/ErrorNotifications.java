package com.lcnews.trends.shared.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * An action that fails (a click, a value change) logs the error and tells the user in the UI's language, instead of
 * leaving the page silent or showing the exception's English text.
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
			log.error("Action failed", error.getThrowable());
			UI ui = UI.getCurrent();
			if (ui != null) {
				Notification n = Notification.show(ui.getTranslation("error.action"), 6000, Notification.Position.MIDDLE);
				n.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		}));
	}

}
