package com.lcnews.trends.shared.audit;

import java.util.Arrays;

/** What an audit entry records; {@link #code()} is what the store keeps. */
public enum AuditAction {

	/** A human topic label set on the dashboard (article dialog or labelling queue). */
	CORRECTION("correction"),

	/** A model version made the one the batch job and the dashboard use. */
	PROMOTION("promotion"),

	/** Page files imported (command line, dashboard upload or first start). */
	IMPORT("import"),

	/** A sign-in account created (also the first administrator). */
	ACCOUNT_CREATED("account.created"),

	/** An account's role changed. */
	ACCOUNT_ROLE_CHANGED("account.role"),

	/** An account's password set anew. */
	ACCOUNT_PASSWORD_CHANGED("account.password"),

	/** An account allowed to sign in again. */
	ACCOUNT_ENABLED("account.enabled"),

	/** An account barred from signing in. */
	ACCOUNT_DISABLED("account.disabled"),

	/** An account removed. */
	ACCOUNT_DELETED("account.deleted"),

	/** Sign-in to an account, or from a client address, locked after repeated failures. */
	SIGN_IN_LOCKED("sign-in.locked"),

	/** An API token issued to a client system. */
	API_TOKEN_ISSUED("api-token.issued"),

	/** An API token revoked. */
	API_TOKEN_REVOKED("api-token.revoked"),

	/** A page given its issue date or home district after the import, re-dating or placing its articles. */
	PAGE_ANSWERED("page.answered");

	private final String code;

	AuditAction(String code) {
		this.code = code;
	}

	/** The stable code kept in the store and used in message keys ({@code audit.action.<code>}). */
	public String code() {
		return code;
	}

	/** The action of a stored code. */
	public static AuditAction ofCode(String code) {
		return Arrays.stream(values())
			.filter(a -> a.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown audit action '" + code + "'"));
	}

}
