package com.lcnews.trends.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;

/**
 * A start with no account at all (typically a fresh production store) says so in the log and prints a one-time
 * set-up code; whoever can read the server's log opens the set-up page, enters the code and creates the first
 * administrator. The code is good once, only while no account exists, and only until the server stops. The
 * {@code accounts add} command is the other way in.
 */
public class FirstAdministratorSetup {

	/** The path of the set-up page. */
	public static final String PATH = "setup";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

	private final AccountService accounts;

	private final SecureRandom random = new SecureRandom();

	private byte[] code;

	FirstAdministratorSetup(AccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void announce(WebServerInitializedEvent event) {
		if (!accounts.noAccounts()) {
			return;
		}
		String printed = newCode();
		log.warn("""

				=====================================================================================================
				No sign-in account exists, so nobody can use the dashboard yet. Create the first administrator:
				  * in a browser: open http://<this server>:{}/{} and enter the one-time set-up code
				        {}
				    (good once, while no account exists, until this server stops), or
				  * on the server: java -jar news-trends.jar accounts add NAME --role ADMIN
				    (with the same profile and database settings; it reads the password from standard input).
				=====================================================================================================""",
				event.getWebServer().getPort(), PATH, printed);
	}

	/** Whether the set-up page may be used: no account exists and a code was printed. */
	public synchronized boolean open() {
		return code != null && accounts.noAccounts();
	}

	/**
	 * Creates the first administrator if the code is the printed one and still no account exists; the code is then
	 * used up.
	 * @throws AccountException {@code setupCode} for a wrong code, {@code setupDone} when an account exists, or the
	 * name and password rules of {@link AccountService#create}
	 */
	public synchronized Account complete(String enteredCode, String username, String password) {
		if (code == null || !accounts.noAccounts()) {
			throw new AccountException("setupDone", "The first administrator exists already: sign in instead");
		}
		byte[] entered = normalise(enteredCode).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(entered, code)) {
			log.warn("First-administrator set-up refused: wrong set-up code");
			throw new AccountException("setupCode", "That is not the set-up code printed in the server's log");
		}
		Account admin = accounts.create(username, Roles.ADMIN, password, "setup");
		code = null;
		log.warn("First administrator '{}' created on the set-up page; the set-up code is used up", admin.username());
		return admin;
	}

	private synchronized String newCode() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		String hex = HexFormat.of().formatHex(bytes);
		String printed = String.join("-", hex.substring(0, 8), hex.substring(8, 16), hex.substring(16, 24),
				hex.substring(24));
		code = hex.getBytes(StandardCharsets.US_ASCII);
		return printed;
	}

	private static String normalise(String entered) {
		return entered == null ? "" : entered.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
	}

}
