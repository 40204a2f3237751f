package com.lcnews.trends.shared.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.security.crypto.password.PasswordEncoder;

import com.lcnews.trends.shared.CommandServices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code accounts}: sign-in accounts from the server's command line, e.g. the first administrator of a fresh
 * production store. Passwords are read from standard input (asked twice on a terminal), never from arguments.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
		description = "List sign-in accounts (the default), add one, set a password, disable or enable one, or print "
				+ "a password hash for the configuration. Passwords are read from standard input.")
public class AccountsCommand implements Callable<Integer>, CommandServices.Aware {

	@Option(names = "--by", defaultValue = "${sys:user.name}", description = "Who makes the change (recorded in the audit log; default: the OS user).")
	String by;

	private CommandServices services;

	@Override
	public void services(CommandServices services) {
		this.services = services;
	}

	private AccountService accounts() {
		return services.get(AccountService.class);
	}

	private void seed() {
		services.get(AccountSeeder.class).seed();
	}

	@Override
	public Integer call() {
		return list();
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
	int list() {
		seed();
		System.out.println(String.format(Locale.ROOT, "%-24s %-10s %-8s %-20s %s", "account", "role", "enabled",
				"created", "created by"));
		for (Account a : accounts().list()) {
			System.out.println(String.format(Locale.ROOT, "%-24s %-10s %-8s %-20s %s", a.username(), a.role(),
					a.enabled() ? "yes" : "no", a.createdAt().toString().substring(0, 19), a.createdBy()));
		}
		return 0;
	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Add an account; its password is read from standard input.")
	int add(@Parameters(paramLabel = "NAME", description = "The account name.") String name,
			@Option(names = "--role", defaultValue = "ADMIN", description = "EDITOR, SCIENTIST or ADMIN (default: ${DEFAULT-VALUE}).") String role)
			throws IOException {
		seed();
		Account created = accounts().create(name, role.toUpperCase(Locale.ROOT), readPassword(), by);
		System.out.println("created " + created.username() + " (" + created.role() + ")");
		return 0;
	}

	@Command(name = "password", mixinStandardHelpOptions = true,
			description = "Set an account's password, read from standard input; ends its open sessions.")
	int password(@Parameters(paramLabel = "NAME", description = "The account name.") String name) throws IOException {
		accounts().setPassword(name, readPassword(), by);
		System.out.println("password of " + name + " changed");
		return 0;
	}

	@Command(name = "disable", mixinStandardHelpOptions = true, description = "Bar an account from signing in.")
	int disable(@Parameters(paramLabel = "NAME", description = "The account name.") String name) {
		accounts().setEnabled(name, false, by);
		System.out.println("disabled " + name);
		return 0;
	}

	@Command(name = "enable", mixinStandardHelpOptions = true, description = "Allow an account to sign in again.")
	int enable(@Parameters(paramLabel = "NAME", description = "The account name.") String name) {
		accounts().setEnabled(name, true, by);
		System.out.println("enabled " + name);
		return 0;
	}

	@Command(name = "hash", mixinStandardHelpOptions = true,
			description = "Print the hash of a password read from standard input, for NEWSTRENDS_SECURITY_USERS_<n>_PASSWORD.")
	int hash() throws IOException {
		String password = readPassword();
		PasswordRules.checkPassword("", password);
		System.out.println(services.get(PasswordEncoder.class).encode(password));
		return 0;
	}

	/** One line from standard input, or asked twice without echo on a terminal. */
	private static String readPassword() throws IOException {
		Console console = System.console();
		if (console != null) {
			char[] first = console.readPassword("Password: ");
			char[] second = console.readPassword("Password again: ");
			if (first == null || !Arrays.equals(first, second)) {
				throw new AccountException("mismatch", "The two passwords differ");
			}
			return new String(first);
		}
		String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		if (line == null || line.isEmpty()) {
			throw new AccountException("tooShort", "No password on standard input", PasswordRules.MIN_LENGTH);
		}
		return line;
	}

}
