package com.lcnews.trends.batch;

import java.util.Locale;

/** Which articles a classification run visits. */
public enum ClassifyMode {

	/** Only articles without a classification by the model version (nightly and after-import runs). */
	MISSING,

	/** Every article, e.g. after a new model was promoted or to repair counts. */
	ALL;

	/** The lower-case code used in job parameters. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses a code written by {@link #code()}. */
	public static ClassifyMode ofCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

}
