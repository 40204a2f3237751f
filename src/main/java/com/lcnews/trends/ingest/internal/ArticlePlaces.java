package com.lcnews.trends.ingest.internal;

import java.util.ArrayList;
import java.util.List;

import com.lcnews.trends.ingest.internal.Gazetteer.Hit;

/**
 * An article's text in reading tiers (headline and sub-headline, lead paragraph, rest of the body, byline), folded
 * once, with the gazetteer's names found once.
 */
final class ArticlePlaces {

	static final int HEADLINE = 0;

	static final int LEAD = 1;

	static final int BODY = 2;

	static final int BYLINE = 3;

	private final String printed;

	private final String folded;

	private final int[] starts = new int[5];

	private final List<Hit> hits;

	ArticlePlaces(ParsedArticle a, Gazetteer gazetteer) {
		StringBuilder sb = new StringBuilder();
		starts[HEADLINE] = 0;
		sb.append(a.headline() == null ? "" : a.headline()).append(' ').append(a.subheadline() == null ? "" : a.subheadline());
		sb.append('\n');
		starts[LEAD] = sb.length();
		sb.append(a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0)).append('\n');
		starts[BODY] = sb.length();
		for (int i = 1; i < a.paragraphs().size(); i++) {
			sb.append(a.paragraphs().get(i)).append('\n');
		}
		starts[BYLINE] = sb.length();
		sb.append(a.byline() == null ? "" : a.byline());
		starts[4] = sb.length();
		this.printed = sb.toString();
		this.folded = TextNormalizer.fold(printed);
		this.hits = gazetteer.find(folded);
	}

	String folded() {
		return folded;
	}

	List<Hit> hits() {
		return hits;
	}

	/** The printed text of a tier. */
	String printed(int tier) {
		return printed.substring(starts[tier], starts[tier + 1]);
	}

	/** The folded text of a tier. */
	String folded(int tier) {
		return folded.substring(starts[tier], starts[tier + 1]);
	}

	/** The names found in a tier, with offsets relative to the tier's text. */
	List<Hit> hits(int tier) {
		List<Hit> result = new ArrayList<>();
		for (Hit h : hits) {
			if (h.start() >= starts[tier] && h.end() <= starts[tier + 1]) {
				result.add(new Hit(h.place(), h.start() - starts[tier], h.end() - starts[tier]));
			}
		}
		return result;
	}

}
