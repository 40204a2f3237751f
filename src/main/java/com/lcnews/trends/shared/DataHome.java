package com.lcnews.trends.shared;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The one folder everything the running product writes lives in: the embedded database, the models it trains,
 * uploads, the inbox of the drop folder, logs and caches. Chosen by {@code --home PATH}, the environment variable
 * {@code NEWSTRENDS_HOME} or the property {@code newstrends.home}; the default is {@code $XDG_DATA_HOME/news-trends}
 * (else {@code ~/.local/share/news-trends}; {@code %LOCALAPPDATA%\news-trends} on Windows). Nothing is created by
 * naming a folder: the features that write create their own sub-folder when they first write.
 */
public record DataHome(Path root) {

	/** The property that names the data home. */
	public static final String PROPERTY = "newstrends.home";

	/** The environment variable that names the data home. */
	public static final String VARIABLE = "NEWSTRENDS_HOME";

	public DataHome {
		root = root.toAbsolutePath().normalize();
	}

	/** The default data home for this user and operating system. */
	public static Path defaultRoot(Map<String, String> env, String userHome, String osName) {
		String xdg = env.get("XDG_DATA_HOME");
		String localAppData = env.get("LOCALAPPDATA");
		if (osName.toLowerCase(Locale.ROOT).startsWith("windows") && localAppData != null && !localAppData.isBlank()) {
			return Path.of(localAppData, "news-trends");
		}
		if (xdg != null && !xdg.isBlank()) {
			return Path.of(xdg, "news-trends");
		}
		return Path.of(userHome, ".local", "share", "news-trends");
	}

	/** The data home named by the environment or the default, as a command without Spring finds it. */
	public static DataHome fromEnvironment() {
		String property = System.getProperty(PROPERTY);
		String variable = System.getenv(VARIABLE);
		if (property != null && !property.isBlank()) {
			return new DataHome(Path.of(property));
		}
		if (variable != null && !variable.isBlank()) {
			return new DataHome(Path.of(variable));
		}
		return new DataHome(defaultRoot(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name")));
	}

	/** The embedded database's folder. */
	public Path database() {
		return root.resolve("db");
	}

	/** Trained model artifacts; which one is promoted is recorded in the database. */
	public Path models() {
		return root.resolve("models");
	}

	/** Page files uploaded in the dashboard, kept as received. */
	public Path uploads() {
		return root.resolve("uploads");
	}

	/** The drop folder: page files put here are imported once and moved to {@code done/} or {@code failed/}. */
	public Path inbox() {
		return root.resolve("inbox");
	}

	/** Log files of the dashboard. */
	public Path logs() {
		return root.resolve("logs");
	}

	/** Caches that can be deleted at any time (e.g. vectors of training files). */
	public Path cache() {
		return root.resolve("cache");
	}

}
