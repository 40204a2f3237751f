package com.lcnews.trends.ingest;

/** A page file that cannot be ingested; the message names the file and the reason. */
public class PageRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PageRejectedException(String message) {
		super(message);
	}

	public PageRejectedException(String message, Throwable cause) {
		super(message, cause);
	}

}
