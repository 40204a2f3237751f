package com.lcnews.trends.batch;

/** Thrown when a classification run cannot start, e.g. because another one is in progress. The message is for people. */
public class RunRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	RunRefusedException(String message) {
		super(message);
	}

}
