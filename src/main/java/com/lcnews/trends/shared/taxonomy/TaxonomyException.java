package com.lcnews.trends.shared.taxonomy;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * An edit of the taxonomy that is refused. {@link #messageKey()} and {@link #args()} give the message for people (in
 * the message bundles, key {@code topics.error.<problem>}), {@link #field()} the form field it is about;
 * {@link #getMessage()} is the English text for logs and the API.
 */
public final class TaxonomyException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** Why an edit is refused, with the field it concerns and its English text. */
	public enum Problem {

		CODE_FORMAT("code", "The code ''{0}'' is not a topic code: a lower-case letter, then lower-case letters, digits "
				+ "or underscores, at most 32 characters"),
		CODE_TAKEN("code", "The code ''{0}'' is already the topic ''{1}''"),
		NAME_ZH_EMPTY("nameZh", "The Chinese name is empty"),
		NAME_ZH_TOO_LONG("nameZh", "The Chinese name has more than {0} characters"),
		NAME_ZH_TAKEN("nameZh", "The Chinese name ''{0}'' is already the name of topic ''{1}''"),
		NAME_EN_EMPTY("nameEn", "The English name is empty"),
		NAME_EN_TOO_LONG("nameEn", "The English name has more than {0} characters"),
		NAME_EN_TAKEN("nameEn", "The English name ''{0}'' is already the name of topic ''{1}''"),
		DESCRIPTION_ZH_TOO_LONG("descriptionZh", "The Chinese description has more than {0} characters"),
		DESCRIPTION_TOO_LONG("description", "The English description has more than {0} characters"),
		KEYWORDS_TOO_LONG("keywordsZh", "The keywords have more than {0} characters together"),
		KEYWORD_TOO_LONG("keywordsZh", "The keyword ''{0}'' has more than {1} characters"),
		UNKNOWN("code", "No topic has the code ''{0}''"),
		STALE("code", "Topic ''{0}'' was changed by {1} at {2} meanwhile; open it again"),
		TOO_FEW_ACTIVE("code", "Topic ''{0}'' cannot be retired: a classifier needs at least {1} active topics");

		private final String field;

		private final String english;

		Problem(String field, String english) {
			this.field = field;
			this.english = english;
		}

		/** The message key, e.g. {@code topics.error.code_taken}. */
		public String messageKey() {
			return "topics.error." + name().toLowerCase(Locale.ROOT);
		}

	}

	private final Problem problem;

	private final transient Object[] args;

	public TaxonomyException(Problem problem, Object... args) {
		super(new MessageFormat(problem.english, Locale.ROOT).format(args));
		this.problem = problem;
		this.args = args.clone();
	}

	public Problem problem() {
		return problem;
	}

	/** The form field the problem is about: {@code code}, {@code nameZh}, {@code nameEn}, {@code description}, ... */
	public String field() {
		return problem.field;
	}

	/** The key of the message for people. */
	public String messageKey() {
		return problem.messageKey();
	}

	/** The message's arguments, in the order of the English text. */
	public Object[] args() {
		return args.clone();
	}

}
