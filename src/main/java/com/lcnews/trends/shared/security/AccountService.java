package com.lcnews.trends.shared.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.audit.AuditLog;

/**
 * Sign-in accounts: list, create, change role or password, disable, delete. Every change is checked (name, password
 * rules, known role), recorded in the audit log in the same transaction, and ends the account's open sessions
 * (except the caller's own), so a disabled or demoted account loses its access at once. At least one enabled
 * administrator always remains, and nobody changes his own role or disables or deletes himself.
 */
@Service
public class AccountService {

	/** The roles an account may have. */
	public static final List<String> ROLES = List.of(Roles.EDITOR, Roles.SCIENTIST, Roles.ADMIN);

	private final AccountStore store;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final ObjectProvider<SignedInSessions> sessions;

	AccountService(AccountStore store, PasswordEncoder encoder, AuditLog audit, ObjectProvider<SignedInSessions> sessions) {
		this.store = store;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
	}

	/** Every account, by name. */
	public List<Account> list() {
		return store.list();
	}

	/** Whether no account exists, so that nobody can sign in. */
	public boolean noAccounts() {
		return store.count() == 0;
	}

	/**
	 * Creates an account with a password that follows {@link PasswordRules}.
	 * @param by who creates it (recorded)
	 * @throws AccountException when the name is taken or malformed, the role unknown or the password too weak
	 */
	@Transactional
	public Account create(String username, String role, String password, String by) {
		PasswordRules.checkName(username);
		checkRole(role);
		PasswordRules.checkPassword(username, password);
		return insert(username, encoder.encode(password), role, by);
	}

	/** Stores an account whose password is already encoded (configuration seeding). */
	@Transactional
	Account insert(String username, String passwordHash, String role, String by) {
		store.nameLike(username).ifPresent(existing -> {
			throw new AccountException("taken", "An account named '" + existing + "' exists already", existing);
		});
		store.insert(username, passwordHash, role, true, by);
		audit.record(AuditAction.ACCOUNT_CREATED, by, target(username), Map.of("role", role));
		return store.find(username).orElseThrow().account();
	}

	/** Gives an account another role; the last enabled administrator keeps {@link Roles#ADMIN}. */
	@Transactional
	public void changeRole(String username, String role, String by) {
		checkRole(role);
		Account before = lockAndFind(username);
		if (before.role().equals(role)) {
			return;
		}
		notOneself(username, by);
		keepAnAdministrator(before, !Roles.ADMIN.equals(role));
		store.updateRole(username, role);
		Map<String, String> details = new LinkedHashMap<>();
		details.put("from", before.role());
		details.put("to", role);
		audit.record(AuditAction.ACCOUNT_ROLE_CHANGED, by, target(username), details);
		endSessions(username);
	}

	/** Sets a new password (rules of {@link PasswordRules}) and ends the account's other sessions. */
	@Transactional
	public void setPassword(String username, String password, String by) {
		lockAndFind(username);
		PasswordRules.checkPassword(username, password);
		store.updatePassword(username, encoder.encode(password));
		audit.record(AuditAction.ACCOUNT_PASSWORD_CHANGED, by, target(username), Map.of());
		endSessions(username);
	}

	/** Allows or bars signing in; the last enabled administrator cannot be disabled. */
	@Transactional
	public void setEnabled(String username, boolean enabled, String by) {
		Account before = lockAndFind(username);
		if (before.enabled() == enabled) {
			return;
		}
		notOneself(username, by);
		keepAnAdministrator(before, !enabled);
		store.updateEnabled(username, enabled);
		audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, by, target(username),
				Map.of("role", before.role()));
		if (!enabled) {
			endSessions(username);
		}
	}

	/** Removes an account; the last enabled administrator cannot be removed. */
	@Transactional
	public void delete(String username, String by) {
		Account before = lockAndFind(username);
		notOneself(username, by);
		keepAnAdministrator(before, true);
		store.delete(username);
		audit.record(AuditAction.ACCOUNT_DELETED, by, target(username), Map.of("role", before.role()));
		endSessions(username);
	}

	private Account lockAndFind(String username) {
		store.lockAll();
		return store.find(username)
			.orElseThrow(() -> new AccountException("unknown", "No account named '" + username + "'", username))
			.account();
	}

	/** Nobody changes his own role or access: another administrator must, so that nobody locks himself out. */
	private static void notOneself(String username, String by) {
		if (username.equals(by)) {
			throw new AccountException("self", "You cannot change your own role, disable or delete your own account; "
					+ "ask another administrator");
		}
	}

	/** Refuses a change that would leave no enabled administrator. */
	private void keepAnAdministrator(Account account, boolean losesAdministration) {
		if (losesAdministration && account.enabled() && Roles.ADMIN.equals(account.role())
				&& store.enabledAdministrators() <= 1) {
			throw new AccountException("lastAdmin", "'" + account.username() + "' is the last enabled administrator; "
					+ "make another account an administrator first", account.username());
		}
	}

	private static void checkRole(String role) {
		if (!Set.copyOf(ROLES).contains(role)) {
			throw new AccountException("badRole", "Unknown role '" + role + "' (use one of " + ROLES + ")", role);
		}
	}

	private void endSessions(String username) {
		SignedInSessions open = sessions.getIfAvailable();
		if (open != null) {
			open.endAfterCommit(username);
		}
	}

	static String target(String username) {
		return "account:" + username;
	}

}
