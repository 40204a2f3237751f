package com.lcnews.trends.ingest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lcnews.trends.ingest.internal.Gazetteer.Hit;
import com.lcnews.trends.ingest.internal.Gazetteer.Kind;
import com.lcnews.trends.shared.District;

/**
 * Decides the district each article is about. The page is read first (see {@link PageContext}): a page that names
 * other cities and no 聊城 place is not local, and its items are {@code -} unless they name 聊城 or a county
 * themselves. Then the article is read in tiers: headline and sub-headline, then the lead paragraph with its dateline,
 * then the byline (a national medium means {@code -}), then the rest. The first tier with evidence decides:
 * the county-level unit named most (towns and streets count for the unit that administers them; registration
 * numbers of notices count for the county in their code), or {@code 3715} when three or more units are named with
 * none dominant; else 我区/全区/区委… (or 我县/县委…) for the home district; else 聊城/全市 for {@code 3715} (but for the
 * home district when that is a county-level city such as 临清市, whose own paper says 我市); else another city for
 * {@code -}. With no evidence the district is the home district when the metadata gives it, else unknown (null).
 */
public final class DistrictResolver {

	private static final Pattern REGISTRATION = Pattern.compile("(?:注册号|信用代码)[:\\s]*([0-9A-Z]{18}|\\d{15})");

	private final Gazetteer gazetteer;

	private static final Set<String> OUR_CITY = Set.of("我市", "全市", "本市");

	private final Set<String> countyCodes;

	private final Set<String> cityLikeHomes;

	/**
	 * @param countyCodes codes of the county-level units
	 * @param cityLikeHomes codes of county-level cities (临清市): on their own paper 我市/全市 mean them, not 聊城
	 */
	public DistrictResolver(Gazetteer gazetteer, Set<String> countyCodes, Set<String> cityLikeHomes) {
		this.gazetteer = gazetteer;
		this.countyCodes = countyCodes;
		this.cityLikeHomes = cityLikeHomes;
	}

	/** Whether a folded text names a place or the home district (used to tell headlines from inter-titles). */
	public boolean mentionsPlace(String folded) {
		return !gazetteer.find(folded).isEmpty() || HomeWords.find(folded) != null;
	}

	List<ArticlePlaces> places(List<ParsedArticle> articles) {
		return articles.stream().map(a -> new ArticlePlaces(a, gazetteer)).toList();
	}

	PageContext pageContext(List<ParsedArticle> articles, List<ArticlePlaces> places, String metaHome) {
		Map<String, Integer> counties = new LinkedHashMap<>();
		int definite = 0;
		int towns = 0;
		String foreign = null;
		boolean saysHome = false;
		String datelineHome = null;
		for (int i = 0; i < articles.size(); i++) {
			ParsedArticle a = articles.get(i);
			saysHome = saysHome || HomeWords.find(places.get(i).folded()) != null;
			for (Hit h : places.get(i).hits()) {
				Kind kind = h.place().kind();
				if (kind == Kind.COUNTY || kind == Kind.CITY && h.place().name().startsWith("聊城")) {
					definite++;
				}
				if (kind == Kind.TOWN) {
					towns++;
				}
				if (kind == Kind.COUNTY || kind == Kind.TOWN) {
					counties.merge(h.place().code(), 1, Integer::sum);
				}
				if (kind == Kind.FOREIGN && foreign == null) {
					foreign = h.place().name();
				}
			}
			datelineHome = datelineHome != null ? datelineHome : datelineCounty(a);
		}
		boolean local = metaHome != null || definite > 0 || towns > 0 && foreign == null;
		String foreignEvidence = !local && foreign != null ? "page names «" + foreign + "» and no 聊城 place" : null;
		if (metaHome != null) {
			return new PageContext(metaHome, "home district (metadata)", true, true, null);
		}
		if (datelineHome != null) {
			return new PageContext(datelineHome, "home district from the dateline", false, local, foreignEvidence);
		}
		String top = top(counties);
		int total = counties.values().stream().mapToInt(Integer::intValue).sum();
		if (saysHome && local && top != null && counties.get(top) * 10 >= total * 6) {
			return new PageContext(top, "home district: the unit this page names most", false, true, null);
		}
		return new PageContext(null, null, false, local, foreignEvidence);
	}

	private String datelineCounty(ParsedArticle a) {
		if (a.paragraphs().isEmpty() || !LineShapes.mayHaveDateline(a.paragraphs().get(0))) {
			return null;
		}
		Matcher m = LineShapes.DATELINE.matcher(TextNormalizer.foldPrefix(a.paragraphs().get(0), 64));
		if (!m.find() || m.group(1).isEmpty()) {
			return null;
		}
		return gazetteer.find(m.group(1))
			.stream()
			.filter(h -> h.place().kind() == Kind.COUNTY)
			.map(h -> h.place().code())
			.findFirst()
			.orElse(null);
	}

	/** The district of one article. */
	DistrictDecision resolve(ArticlePlaces a, PageContext page) {
		if (page.foreign() && !namesLiaocheng(a.hits())) {
			return new DistrictDecision(District.NOT_LOCAL, page.foreignEvidence());
		}
		DistrictDecision d = tier("headline", a, ArticlePlaces.HEADLINE, page);
		d = d != null ? d : tier("lead", a, ArticlePlaces.LEAD, page);
		if (d == null) {
			d = a.hits(ArticlePlaces.BYLINE)
				.stream()
				.filter(h -> h.place().kind() == Kind.MEDIA)
				.findFirst()
				.map(h -> new DistrictDecision(District.NOT_LOCAL, "byline: national medium «" + h.place().name() + "»"))
				.orElse(null);
		}
		d = d != null ? d : tier("body", a, ArticlePlaces.BODY, page);
		if (d == null && page.homeFromMetadata()) {
			d = new DistrictDecision(page.home(), "no place named; " + page.homeEvidence());
		}
		return d != null ? d : new DistrictDecision(null, "no place named");
	}

	private static boolean namesLiaocheng(List<Hit> hits) {
		return hits.stream()
			.anyMatch(h -> h.place().kind() == Kind.COUNTY || h.place().kind() == Kind.CITY && h.place().name().startsWith("聊城"));
	}

	private DistrictDecision tier(String where, ArticlePlaces a, int tier, PageContext page) {
		String printed = a.printed(tier);
		if (printed.isBlank()) {
			return null;
		}
		String text = a.folded(tier);
		List<Hit> hits = a.hits(tier);
		Map<String, Integer> counties = new LinkedHashMap<>();
		Map<String, Hit> firstOf = new LinkedHashMap<>();
		for (Hit h : hits) {
			Kind k = h.place().kind();
			if (k == Kind.COUNTY || k == Kind.TOWN || k == Kind.ZONE_SHORT && page.local()) {
				counties.merge(h.place().code(), 1, Integer::sum);
				firstOf.putIfAbsent(h.place().code(), h);
			}
		}
		registrationCounty(text, counties, firstOf);
		if (!counties.isEmpty()) {
			return countyDecision(where, printed, counties, firstOf);
		}
		int[] home = page.home() == null ? null : HomeWords.find(text);
		if (home != null) {
			return new DistrictDecision(page.home(),
					where + ": «" + snippet(printed, home[0], home[1]) + "» = " + page.homeEvidence());
		}
		for (Hit h : hits) {
			if (h.place().kind() == Kind.CITY && page.home() != null && cityLikeHomes.contains(page.home()) && OUR_CITY.contains(h.place().name())) {
				return new DistrictDecision(page.home(), where + ": «" + snippet(printed, h.start(), h.end()) + "» = "
						+ page.homeEvidence() + " (a county-level city)");
			}
		}
		for (Kind kind : new Kind[] { Kind.CITY, Kind.FOREIGN }) {
			for (Hit h : hits) {
				if (h.place().kind() == kind && (kind != Kind.CITY || page.local() || h.place().name().startsWith("聊城"))) {
					return new DistrictDecision(h.place().code(), where + ": «" + snippet(printed, h.start(), h.end()) + "»");
				}
			}
		}
		return null;
	}

	private DistrictDecision countyDecision(String where, String printed, Map<String, Integer> counties,
			Map<String, Hit> firstOf) {
		String top = top(counties);
		int total = counties.values().stream().mapToInt(Integer::intValue).sum();
		if (counties.size() >= 3 && counties.get(top) * 2 < total) {
			return new DistrictDecision(District.CITY_WIDE, where + ": " + counties.size() + " districts named, none dominant "
					+ counties.keySet());
		}
		Hit h = firstOf.get(top);
		String words = h.start() < 0 ? h.place().name() : snippet(printed, h.start(), h.end());
		return new DistrictDecision(top, where + ": «" + words + "»");
	}

	private void registrationCounty(String text, Map<String, Integer> counties, Map<String, Hit> firstOf) {
		if (!text.contains("注册号") && !text.contains("信用代码")) {
			return;
		}
		Matcher m = REGISTRATION.matcher(text);
		while (m.find()) {
			String number = m.group(1);
			String code = number.length() == 18 ? number.substring(2, 8) : number.substring(0, 6);
			if (countyCodes.contains(code)) {
				counties.merge(code, 1, Integer::sum);
				firstOf.putIfAbsent(code, new Hit(new Gazetteer.Place("registration number " + number, Kind.COUNTY,
						code, false), -1, -1));
			}
		}
	}

	private static String top(Map<String, Integer> counts) {
		String top = null;
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			if (top == null || e.getValue() > counts.get(top)) {
				top = e.getKey();
			}
		}
		return top;
	}

	private static String snippet(String printed, int start, int end) {
		int from = Math.max(0, start - 6);
		int to = Math.min(printed.length(), end + 6);
		return printed.substring(from, to).replace('\n', ' ');
	}

}
