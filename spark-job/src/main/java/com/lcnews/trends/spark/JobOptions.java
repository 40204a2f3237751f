package com.lcnews.trends.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of the job's commands, {@code --name value} pairs and flags. Unknown options and missing values are
 * usage errors with a message.
 */
final class JobOptions {

	/** Thrown for a usage error; the message says what is wrong. */
	static final class UsageException extends IllegalArgumentException {

		UsageException(String message) {
			super(message);
		}

	}

	private static final Set<String> FLAGS = Set.of("all");

	private final Map<String, String> values = new HashMap<>();

	private JobOptions() {
	}

	static JobOptions parse(List<String> args, Set<String> allowed) {
		JobOptions options = new JobOptions();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || !allowed.contains(arg.substring(2))) {
				throw new UsageException("Unknown option '" + arg + "'; options: --" + String.join(", --", allowed.stream().sorted().toList()));
			}
			String name = arg.substring(2);
			if (FLAGS.contains(name)) {
				options.values.put(name, "true");
			}
			else if (i + 1 >= args.size()) {
				throw new UsageException("Option " + arg + " needs a value");
			}
			else {
				options.values.put(name, args.get(++i));
			}
		}
		return options;
	}

	String get(String name) {
		return values.get(name);
	}

	String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	boolean flag(String name) {
		return values.containsKey(name);
	}

	Path path(String name) {
		String v = values.get(name);
		return v == null ? null : Path.of(v);
	}

	int integer(String name, int fallback) {
		String v = values.get(name);
		try {
			return v == null ? fallback : Integer.parseInt(v);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("Option --" + name + " needs a whole number, not '" + v + "'");
		}
	}

	double decimal(String name, double fallback) {
		String v = values.get(name);
		try {
			return v == null ? fallback : Double.parseDouble(v);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("Option --" + name + " needs a number, not '" + v + "'");
		}
	}

	/**
	 * The store named by {@code --jdbc}, {@code --user} and the password in the environment variable named by
	 * {@code --password-env} (default {@code NEWSTRENDS_DB_PASSWORD}; passwords never go on a command line), or null
	 * without {@code --jdbc}.
	 */
	Store store() {
		String url = values.get("jdbc");
		if (url == null) {
			return null;
		}
		String password = System.getenv(get("password-env", "NEWSTRENDS_DB_PASSWORD"));
		return new Store(url, get("user", "sa"), password == null ? "" : password);
	}

}
