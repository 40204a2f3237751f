package com.lcnews.trends.shared.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.lcnews.trends.shared.taxonomy.TaxonomyException.Problem;

/**
 * The checks an edit must pass before it is stored; each failure names its field and says why, for people. The limits
 * are public so that forms can stop input at the same length.
 */
public final class TopicRules {

	static final String CODE = "[a-z][a-z0-9_]{0,31}";

	public static final int NAME_ZH_MAX = 32;

	public static final int NAME_EN_MAX = 64;

	public static final int DESCRIPTION_MAX = 500;

	public static final int KEYWORD_MAX = 20;

	public static final int KEYWORDS_MAX = 300;

	/** A classifier needs at least this many topics. */
	public static final int MIN_ACTIVE = 2;

	private TopicRules() {
	}

	/**
	 * Checks an edit against the stored topics.
	 * @param others every stored topic except the one edited
	 * @throws TaxonomyException naming the first problem found
	 */
	static void check(TopicEdit edit, List<TopicRecord> others) {
		if (!edit.code().matches(CODE)) {
			throw new TaxonomyException(Problem.CODE_FORMAT, edit.code());
		}
		others.stream().filter(o -> o.code().equals(edit.code())).findFirst().ifPresent(o -> {
			throw new TaxonomyException(Problem.CODE_TAKEN, edit.code(), o.entry().nameZh());
		});
		checkName(edit.nameZh(), NAME_ZH_MAX, Problem.NAME_ZH_EMPTY, Problem.NAME_ZH_TOO_LONG);
		takenBy(others, o -> o.entry().nameZh(), edit.nameZh()).ifPresent(o -> {
			throw new TaxonomyException(Problem.NAME_ZH_TAKEN, edit.nameZh(), o.code());
		});
		checkName(edit.nameEn(), NAME_EN_MAX, Problem.NAME_EN_EMPTY, Problem.NAME_EN_TOO_LONG);
		takenBy(others, o -> o.entry().nameEn(), edit.nameEn()).ifPresent(o -> {
			throw new TaxonomyException(Problem.NAME_EN_TAKEN, edit.nameEn(), o.code());
		});
		if (length(edit.descriptionZh()) > DESCRIPTION_MAX) {
			throw new TaxonomyException(Problem.DESCRIPTION_ZH_TOO_LONG, DESCRIPTION_MAX);
		}
		if (length(edit.description()) > DESCRIPTION_MAX) {
			throw new TaxonomyException(Problem.DESCRIPTION_TOO_LONG, DESCRIPTION_MAX);
		}
		for (String keyword : edit.keywordsZh()) {
			if (length(keyword) > KEYWORD_MAX) {
				throw new TaxonomyException(Problem.KEYWORD_TOO_LONG, keyword, KEYWORD_MAX);
			}
		}
		if (length(String.join(";", edit.keywordsZh())) > KEYWORDS_MAX) {
			throw new TaxonomyException(Problem.KEYWORDS_TOO_LONG, KEYWORDS_MAX);
		}
	}

	private static void checkName(String name, int max, Problem empty, Problem tooLong) {
		if (name.isEmpty()) {
			throw new TaxonomyException(empty);
		}
		if (length(name) > max) {
			throw new TaxonomyException(tooLong, max);
		}
	}

	/** The other topic that has this name already (ignoring case and width of Latin letters). */
	private static Optional<TopicRecord> takenBy(List<TopicRecord> others,
			java.util.function.Function<TopicRecord, String> name, String wanted) {
		String key = fold(wanted);
		return others.stream().filter(o -> fold(name.apply(o)).equals(key)).findFirst();
	}

	private static String fold(String s) {
		return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

	/** Length in code points (what people count as characters). */
	static int length(String s) {
		return s.codePointCount(0, s.length());
	}

}
