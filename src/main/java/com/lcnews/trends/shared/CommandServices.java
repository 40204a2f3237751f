package com.lcnews.trends.shared;

/**
 * The application's services as a command that uses the store gets them: the application context is started on the
 * first {@link #get}, so {@code --help} of a command, and commands that store nothing, open no database.
 */
public interface CommandServices {

	/** The profile a command's application context runs with (no web server, no dashboard beans). */
	String PROFILE = "command";

	/** The bean of this type; starts the application context on first use. */
	<T> T get(Class<T> type);

	/** A command that uses the store: the command frame hands it the services before it runs. */
	interface Aware {

		void services(CommandServices services);

	}

}
