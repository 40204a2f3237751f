package com.lcnews.trends.ingest.internal;

/** A page file that cannot be read as text; the message says why, without the file name. */
public final class BadPageException extends Exception {

	private static final long serialVersionUID = 1L;

	public BadPageException(String reason) {
		super(reason);
	}

}
