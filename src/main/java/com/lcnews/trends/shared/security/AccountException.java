package com.lcnews.trends.shared.security;

/**
 * An account change that was refused, with a reason for people: {@link #code()} names the message
 * ({@code accounts.error.<code>} in the message bundles, with {@link #args()}); {@link #getMessage()} is English.
 */
public class AccountException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final transient Object[] args;

	public AccountException(String code, String message, Object... args) {
		super(message);
		this.code = code;
		this.args = args.clone();
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

}
