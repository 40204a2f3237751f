package com.lcnews.trends.modelops;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why no zero-shot preview or model can be made. {@link #messageKey()} and {@link #args()} give the message for people
 * (key {@code topics.zeroShot.error.<problem>} in the message bundles); {@link #getMessage()} is the English text for
 * logs.
 */
public final class ZeroShotException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/** What is missing, with its English text. */
	public enum Problem {

		/** No model is promoted, or the promoted one cannot be loaded. */
		NO_MODEL("No usable model is promoted: {0}"),
		/** The promoted model reads no sentence vectors, so none are stored to classify. */
		NO_VECTORS("The promoted model {0} reads no sentence vectors, so no vectors are stored for it: promote a model "
				+ "that reads them first"),
		/** The taxonomy has fewer active topics than a classifier needs. */
		TOO_FEW_TOPICS("A classifier needs at least two active topics; the taxonomy has {0}");

		private final String english;

		Problem(String english) {
			this.english = english;
		}

	}

	private final Problem problem;

	private final transient Object[] args;

	ZeroShotException(Problem problem, Throwable cause, Object... args) {
		super(new MessageFormat(problem.english, Locale.ROOT).format(args), cause);
		this.problem = problem;
		this.args = args.clone();
	}

	public Problem problem() {
		return problem;
	}

	/** The key of the message for people, e.g. {@code topics.zeroShot.error.no_vectors}. */
	public String messageKey() {
		return "topics.zeroShot.error." + problem.name().toLowerCase(Locale.ROOT);
	}

	/** The message's arguments. */
	public Object[] args() {
		return args.clone();
	}

}
