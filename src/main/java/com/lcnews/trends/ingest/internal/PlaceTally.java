package com.lcnews.trends.ingest.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lcnews.trends.ingest.internal.Gazetteer.Entry;
import com.lcnews.trends.ingest.internal.Gazetteer.Hit;
import com.lcnews.trends.ingest.internal.Gazetteer.Kind;

/**
 * What the names of one unit on a page say, before any name of several units is resolved: the units named (with
 * the units that contain them), whether 聊城 or one of its county-level units is named, how often 聊城's towns are,
 * and the first place outside 聊城市.
 */
final class PlaceTally {

	private final Gazetteer gazetteer;

	private final Set<Integer> units = new HashSet<>();

	private final Map<String, Integer> counties = new LinkedHashMap<>();

	private int definite;

	private int towns;

	private String foreign;

	PlaceTally(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	void add(List<Hit> hits) {
		for (Hit h : hits) {
			Entry e = h.entry();
			if (e.kind() != Kind.PLACE || !Gazetteer.direct(e)) {
				continue;
			}
			int code = Gazetteer.shallowest(e.codes());
			ArticlePlaces.addWithParents(units, code);
			if (Divisions.within(code, Gazetteer.LIAOCHENG)) {
				if (Divisions.level(code) <= 3) {
					definite++;
				}
				else {
					towns++;
				}
				String district = gazetteer.district(code);
				if (!district.equals(com.lcnews.trends.shared.District.CITY_WIDE)) {
					counties.merge(district, 1, Integer::sum);
				}
			}
			else if (code != Gazetteer.SHANDONG && foreign == null) {
				foreign = e.name();
			}
		}
	}

	/** The units named directly and those containing them. */
	Set<Integer> units() {
		return units;
	}

	/** Whether the page is about 聊城: it names 聊城 or a county-level unit, or only 聊城 towns and no other place. */
	boolean local() {
		return definite > 0 || towns > 0 && foreign == null;
	}

	/** The first place outside 聊城市 named directly, or null. */
	String foreign() {
		return foreign;
	}

	/** How often each 聊城 county-level unit is named (towns for their county or zone). */
	Map<String, Integer> counties() {
		return counties;
	}

}
