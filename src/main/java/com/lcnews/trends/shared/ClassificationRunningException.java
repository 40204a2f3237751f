package com.lcnews.trends.shared;

/** Articles cannot be re-dated while a classification run is in progress; the message is for people. */
public class ClassificationRunningException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ClassificationRunningException(String message) {
		super(message);
	}

}
