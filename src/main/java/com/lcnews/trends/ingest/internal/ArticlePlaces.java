package com.lcnews.trends.ingest.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.lcnews.trends.ingest.internal.Gazetteer.Entry;
import com.lcnews.trends.ingest.internal.Gazetteer.Hit;

/**
 * An article's text in reading tiers (headline and sub-headline, lead paragraph, rest of the body, byline), folded
 * once, with the gazetteer's names found once and, once the page is read, the unit each name stands for.
 */
final class ArticlePlaces {

	static final int HEADLINE = 0;

	static final int LEAD = 1;

	static final int BODY = 2;

	static final int BYLINE = 3;

	/**
	 * A name found in a tier, with offsets relative to the tier's text.
	 *
	 * @param unit the unit it stands for, 0 when that cannot be told (see {@link Gazetteer#resolve})
	 */
	record Found(Entry entry, int start, int end, int unit) {
	}

	private final String printed;

	private final String folded;

	private final int[] starts = new int[5];

	private final List<Hit> hits;

	private int[] units;

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

	/** The units named directly (names of one place) and the units containing them. */
	Set<Integer> directUnits() {
		Set<Integer> codes = new HashSet<>();
		for (Hit h : hits) {
			if (Gazetteer.direct(h.entry())) {
				addWithParents(codes, Gazetteer.shallowest(h.entry().codes()));
			}
		}
		return codes;
	}

	static void addWithParents(Set<Integer> codes, int code) {
		for (int c = code; c > 0; c = Divisions.parent(c)) {
			codes.add(c);
		}
	}

	/** Decides the unit of every name, from the article's own places first, then the page's. */
	void resolve(Gazetteer gazetteer, Set<Integer> page, boolean foreignPage) {
		Set<Integer> article = directUnits();
		units = new int[hits.size()];
		for (int i = 0; i < hits.size(); i++) {
			units[i] = gazetteer.resolve(hits.get(i).entry(), article, page, foreignPage);
		}
	}

	/** The printed text of a tier. */
	String printed(int tier) {
		return printed.substring(starts[tier], starts[tier + 1]);
	}

	/** The folded text of a tier. */
	String folded(int tier) {
		return folded.substring(starts[tier], starts[tier + 1]);
	}

	/** The names found in a tier with their units, offsets relative to the tier's text. */
	List<Found> found(int tier) {
		List<Found> result = new ArrayList<>();
		for (int i = 0; i < hits.size(); i++) {
			Hit h = hits.get(i);
			if (h.start() >= starts[tier] && h.end() <= starts[tier + 1]) {
				result.add(new Found(h.entry(), h.start() - starts[tier], h.end() - starts[tier],
						units == null ? 0 : units[i]));
			}
		}
		return result;
	}

}
