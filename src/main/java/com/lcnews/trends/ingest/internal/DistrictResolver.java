package com.lcnews.trends.ingest.internal;

import java.util.ArrayList;
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
 * none dominant; else 我区/全区/区委… for the home district; else 聊城/全市 for {@code 3715}; else another city for
 * {@code -}. With no evidence the district is the home district when the metadata gives it, else unknown (null).
 */
public final class DistrictResolver {

	private static final Pattern HOME = Pattern.compile("我区|(?<![安小社])全区(?!域)|本区|团区委|(?<!\\p{IsHan})区(?:委|政府|人大|政协)"
			+ "|(?<!\\p{IsHan})区[\\p{IsHan}]{1,8}?(?:局|中心|办公室|委员会|医院|法院|检察院|大队)|^区[\\p{IsHan}]");

	private static final Pattern REGISTRATION = Pattern.compile("(?:注册号|信用代码)[:\\s]*([0-9A-Z]{18}|\\d{15})");

	private final Gazetteer gazetteer;

	private final Set<String> countyCodes;

	public DistrictResolver(Gazetteer gazetteer, Set<String> countyCodes) {
		this.gazetteer = gazetteer;
		this.countyCodes = countyCodes;
	}

	/** Whether a folded text names a place or the home district (used to tell headlines from inter-titles). */
	public boolean mentionsPlace(String folded) {
		return !gazetteer.find(folded).isEmpty() || HOME.matcher(folded).find();
	}

	PageContext pageContext(List<ParsedArticle> articles, String metaHome) {
		Map<String, Integer> counties = new LinkedHashMap<>();
		int definite = 0;
		int towns = 0;
		String foreign = null;
		boolean saysHome = false;
		String datelineHome = null;
		for (ParsedArticle a : articles) {
			String text = TextNormalizer.fold(fullText(a));
			saysHome |= HOME.matcher(text).find();
			for (Hit h : gazetteer.find(text)) {
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
		if (a.paragraphs().isEmpty()) {
			return null;
		}
		Matcher m = LineShapes.DATELINE.matcher(TextNormalizer.fold(a.paragraphs().get(0)));
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
	DistrictDecision resolve(ParsedArticle a, PageContext page) {
		String heads = (a.headline() == null ? "" : a.headline()) + " " + (a.subheadline() == null ? "" : a.subheadline());
		String lead = a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0);
		String rest = a.paragraphs().size() < 2 ? "" : String.join("\n", a.paragraphs().subList(1, a.paragraphs().size()));
		if (page.foreign() && !namesLiaocheng(heads + lead + rest)) {
			return new DistrictDecision(District.NOT_LOCAL, page.foreignEvidence());
		}
		DistrictDecision d = tier("headline", heads, page);
		d = d != null ? d : tier("lead", lead, page);
		if (d == null && a.byline() != null) {
			d = gazetteer.find(TextNormalizer.fold(a.byline()))
				.stream()
				.filter(h -> h.place().kind() == Kind.MEDIA)
				.findFirst()
				.map(h -> new DistrictDecision(District.NOT_LOCAL, "byline: national medium «" + h.place().name() + "»"))
				.orElse(null);
		}
		d = d != null ? d : tier("body", rest, page);
		if (d == null && page.homeFromMetadata()) {
			d = new DistrictDecision(page.home(), "no place named; " + page.homeEvidence());
		}
		return d != null ? d : new DistrictDecision(null, "no place named");
	}

	private boolean namesLiaocheng(String text) {
		return gazetteer.find(TextNormalizer.fold(text))
			.stream()
			.anyMatch(h -> h.place().kind() == Kind.COUNTY || h.place().kind() == Kind.CITY && h.place().name().startsWith("聊城"));
	}

	private DistrictDecision tier(String where, String printed, PageContext page) {
		if (printed.isBlank()) {
			return null;
		}
		String text = TextNormalizer.fold(printed);
		List<Hit> hits = new ArrayList<>(gazetteer.find(text));
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
		Matcher home = HOME.matcher(text);
		if (page.home() != null && home.find()) {
			return new DistrictDecision(page.home(),
					where + ": «" + snippet(printed, home.start(), home.end()) + "» = " + page.homeEvidence());
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

	private static String fullText(ParsedArticle a) {
		return (a.headline() == null ? "" : a.headline()) + "\n" + (a.subheadline() == null ? "" : a.subheadline())
				+ "\n" + a.body() + "\n" + (a.byline() == null ? "" : a.byline());
	}

}
