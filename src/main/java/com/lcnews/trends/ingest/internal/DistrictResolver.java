package com.lcnews.trends.ingest.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lcnews.trends.ingest.internal.ArticlePlaces.Found;
import com.lcnews.trends.ingest.internal.Gazetteer.Hit;
import com.lcnews.trends.ingest.internal.Gazetteer.Kind;
import com.lcnews.trends.shared.District;

/**
 * Decides the district each article is about. The page is read first (see {@link PageContext}): the places named
 * there without doubt (names of one unit) make the context in which names of several units (朝阳区, 城关镇, 东城街道)
 * are resolved; a page that names places outside 聊城 and no 聊城 place is not local, and its items are {@code -}
 * unless they name 聊城 or a county themselves. Then the article is read in tiers: headline and sub-headline, then the
 * lead paragraph with its dateline, then the byline (a national medium means {@code -}), then the rest. The first
 * tier with evidence decides: the county-level unit named most (towns and streets count for the unit that
 * administers them; registration numbers of notices count for the county in their code), or {@code 3715} when three
 * or more units are named with none dominant; else 我区/全区/区委… (or 我县/县委…) for the home district; else
 * 聊城/全市 for {@code 3715} (but for the home district when that is a county-level city such as 临清市, whose own
 * paper says 我市); else a place outside 聊城市 for {@code -}, with the place's full name as evidence. With no evidence
 * the district is the home district when the metadata gives it, else unknown (null).
 */
public final class DistrictResolver {

	private static final Pattern REGISTRATION = Pattern.compile("(?:注册号|信用代码)[:\\s]*([0-9A-Z]{18}|\\d{15})");

	private static final Set<String> OUR_CITY = Set.of("我市", "全市", "本市");

	private final Gazetteer gazetteer;

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

	/**
	 * Whether a folded text names a 聊城 place, a place of one unit or the home district (used to tell headlines from
	 * inter-titles).
	 */
	public boolean mentionsPlace(String folded) {
		for (Hit h : gazetteer.find(folded)) {
			if (Gazetteer.direct(h.entry()) || h.entry().local()) {
				return true;
			}
		}
		return HomeWords.find(folded) != null;
	}

	List<ArticlePlaces> places(List<ParsedArticle> articles) {
		return articles.stream().map(a -> new ArticlePlaces(a, gazetteer)).toList();
	}

	/**
	 * Reads the page's places, decides the unit of every name in its articles, and returns the page's context.
	 * @param publication the paper's name from the metadata (聊城日报, 菏泽日报) and the page's header and footer lines, or null
	 */
	PageContext pageContext(List<ParsedArticle> articles, List<ArticlePlaces> places, String metaHome, String publication) {
		PlaceTally tally = new PlaceTally(gazetteer);
		if (publication != null) {
			tally.add(gazetteer.find(TextNormalizer.fold(publication)));
		}
		String datelineHome = null;
		boolean saysHome = false;
		for (int i = 0; i < articles.size(); i++) {
			tally.add(places.get(i).hits());
			saysHome = saysHome || HomeWords.find(places.get(i).folded()) != null;
			datelineHome = datelineHome != null ? datelineHome : datelineCounty(articles.get(i));
		}
		boolean local = metaHome != null || tally.local();
		Set<Integer> context = new HashSet<>(tally.units());
		if (local) {
			ArticlePlaces.addWithParents(context, Gazetteer.LIAOCHENG);
		}
		if (metaHome != null) {
			ArticlePlaces.addWithParents(context, Integer.parseInt(metaHome));
		}
		String foreign = local ? null : tally.foreign();
		places.forEach(p -> p.resolve(gazetteer, context, foreign != null));
		String foreignEvidence = foreign == null ? null : "page names «" + foreign + "» and no 聊城 place";
		if (metaHome != null) {
			return new PageContext(metaHome, "home district (metadata)", true, true, null);
		}
		if (datelineHome != null) {
			return new PageContext(datelineHome, "home district from the dateline", false, local, foreignEvidence);
		}
		Map<String, Integer> counties = tally.counties();
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
		for (Hit h : gazetteer.find(m.group(1))) {
			if (Gazetteer.direct(h.entry()) && h.entry().local()) {
				String d = gazetteer.district(Gazetteer.shallowest(h.entry().codes()));
				if (countyCodes.contains(d)) {
					return d;
				}
			}
		}
		return null;
	}

	/** The district of one article. */
	DistrictDecision resolve(ArticlePlaces a, PageContext page) {
		if (page.foreign() && !namesLiaocheng(a)) {
			return new DistrictDecision(District.NOT_LOCAL, page.foreignEvidence());
		}
		DistrictDecision d = tier("headline", a, ArticlePlaces.HEADLINE, page);
		d = d != null ? d : tier("lead", a, ArticlePlaces.LEAD, page);
		if (d == null) {
			d = a.found(ArticlePlaces.BYLINE)
				.stream()
				.filter(f -> f.entry().kind() == Kind.MEDIA)
				.findFirst()
				.map(f -> new DistrictDecision(District.NOT_LOCAL, "byline: national medium «" + f.entry().name() + "»"))
				.orElse(null);
		}
		d = d != null ? d : tier("body", a, ArticlePlaces.BODY, page);
		if (d == null && page.homeFromMetadata()) {
			d = new DistrictDecision(page.home(), "no place named; " + page.homeEvidence());
		}
		return d != null ? d : new DistrictDecision(null, "no place named");
	}

	/** Whether the article names 聊城 or one of its county-level units itself. */
	private boolean namesLiaocheng(ArticlePlaces a) {
		for (int tier = ArticlePlaces.HEADLINE; tier <= ArticlePlaces.BYLINE; tier++) {
			for (Found f : a.found(tier)) {
				if (f.entry().kind() == Kind.PLACE && f.unit() > 0 && Divisions.within(f.unit(), Gazetteer.LIAOCHENG)
						&& Divisions.level(f.unit()) <= 3) {
					return true;
				}
			}
		}
		return false;
	}

	private DistrictDecision tier(String where, ArticlePlaces a, int tier, PageContext page) {
		String printed = a.printed(tier);
		if (printed.isBlank()) {
			return null;
		}
		String text = a.folded(tier);
		List<Found> found = a.found(tier);
		Map<String, Integer> counties = new LinkedHashMap<>();
		Map<String, String> firstOf = new LinkedHashMap<>();
		Found city = null;
		Found foreign = null;
		for (Found f : found) {
			String district = districtOf(f, page);
			if (district == null) {
				continue;
			}
			if (district.equals(District.CITY_WIDE)) {
				city = city == null ? f : city;
			}
			else if (district.equals(District.NOT_LOCAL)) {
				foreign = foreign == null ? f : foreign;
			}
			else {
				counties.merge(district, 1, Integer::sum);
				firstOf.putIfAbsent(district, "«" + snippet(printed, f.start(), f.end()) + "»");
			}
		}
		registrationCounty(text, counties, firstOf);
		if (!counties.isEmpty()) {
			return countyDecision(where, counties, firstOf);
		}
		int[] home = page.home() == null ? null : HomeWords.find(text);
		if (home != null) {
			return new DistrictDecision(page.home(),
					where + ": «" + snippet(printed, home[0], home[1]) + "» = " + page.homeEvidence());
		}
		if (city != null) {
			return cityDecision(where, printed, city, page);
		}
		if (foreign != null) {
			String name = gazetteer.qualified(foreign.unit(), foreign.entry().name());
			return new DistrictDecision(District.NOT_LOCAL, where + ": «" + snippet(printed, foreign.start(), foreign.end())
					+ "»" + (name.equals(foreign.entry().name()) ? "" : " = " + name) + ", not in 聊城市");
		}
		return null;
	}

	/** The district a found name counts for in this article, or null when it counts for none. */
	private String districtOf(Found f, PageContext page) {
		return switch (f.entry().kind()) {
			case MEDIA -> null;
			case ZONE_SHORT -> page.local() ? gazetteer.district(f.unit()) : null;
			case CITY -> page.local() ? District.CITY_WIDE : null;
			case PLACE -> f.unit() == 0 ? null : gazetteer.district(f.unit());
		};
	}

	private DistrictDecision cityDecision(String where, String printed, Found city, PageContext page) {
		String words = "«" + snippet(printed, city.start(), city.end()) + "»";
		if (page.home() != null && cityLikeHomes.contains(page.home()) && OUR_CITY.contains(city.entry().name())) {
			return new DistrictDecision(page.home(), where + ": " + words + " = " + page.homeEvidence() + " (a county-level city)");
		}
		return new DistrictDecision(District.CITY_WIDE, where + ": " + words);
	}

	private static DistrictDecision countyDecision(String where, Map<String, Integer> counties, Map<String, String> firstOf) {
		String top = top(counties);
		int total = counties.values().stream().mapToInt(Integer::intValue).sum();
		if (counties.size() >= 3 && counties.get(top) * 2 < total) {
			return new DistrictDecision(District.CITY_WIDE, where + ": " + counties.size() + " districts named, none dominant "
					+ counties.keySet());
		}
		return new DistrictDecision(top, where + ": " + firstOf.get(top));
	}

	private void registrationCounty(String text, Map<String, Integer> counties, Map<String, String> firstOf) {
		if (!text.contains("注册号") && !text.contains("信用代码")) {
			return;
		}
		Matcher m = REGISTRATION.matcher(text);
		while (m.find()) {
			String number = m.group(1);
			String code = number.length() == 18 ? number.substring(2, 8) : number.substring(0, 6);
			if (countyCodes.contains(code)) {
				counties.merge(code, 1, Integer::sum);
				firstOf.putIfAbsent(code, "«registration number " + number + "»");
			}
		}
	}

	static String top(Map<String, Integer> counts) {
		String top = null;
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			if (top == null || e.getValue() > counts.get(top)) {
				top = e.getKey();
			}
		}
		return top;
	}

	/** Characters a quote may reach beyond the matched words on either side. */
	private static final int AROUND = 12;

	/**
	 * The page's words around a match, quoted as evidence: out to the clause's edges (punctuation, a space or a line
	 * break) when they lie within {@value #AROUND} characters, else cut there and the cut marked with "…", so a quote
	 * never seems to end mid-word.
	 */
	static String snippet(String printed, int start, int end) {
		int from = start;
		while (from > 0 && start - from < AROUND && !clauseEdge(printed.charAt(from - 1))) {
			from--;
		}
		int to = end;
		while (to < printed.length() && to - end < AROUND && !clauseEdge(printed.charAt(to))) {
			to++;
		}
		boolean cutBefore = from > 0 && !clauseEdge(printed.charAt(from - 1));
		boolean cutAfter = to < printed.length() && !clauseEdge(printed.charAt(to));
		return (cutBefore ? "…" : "") + printed.substring(from, to).replace('\n', ' ') + (cutAfter ? "…" : "");
	}

	private static boolean clauseEdge(char c) {
		return Character.isWhitespace(c) || "，。；：、！？,.;:!?（）()「」“”《》".indexOf(c) >= 0;
	}

}
