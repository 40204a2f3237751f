package com.lcnews.trends.testing;

import org.springframework.context.ApplicationContext;

import com.lcnews.trends.shared.CommandServices;

/** A test's application context as the services of a command. */
public record ContextServices(ApplicationContext context) implements CommandServices {

	@Override
	public <T> T get(Class<T> type) {
		return context.getBean(type);
	}

	/** The command, given these services. */
	public <C extends CommandServices.Aware> C give(C command) {
		command.services(this);
		return command;
	}

}
