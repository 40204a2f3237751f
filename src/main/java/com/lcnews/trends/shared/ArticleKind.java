package com.lcnews.trends.shared;

import java.util.Locale;

/** What a piece of a page is: a news article, a notice, an advertisement, or a fragment cut off mid-sentence. */
public enum ArticleKind {

	ARTICLE, NOTICE, ADVERTISEMENT, FRAGMENT;

	/** The lower-case code used in files, JSON and the database. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses a code written by {@link #code()}. */
	public static ArticleKind ofCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

}
