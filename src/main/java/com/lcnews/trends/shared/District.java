package com.lcnews.trends.shared;

import java.util.List;

/**
 * A county-level unit of 聊城市, the city as a whole ({@link #CITY_WIDE}) or "not local" ({@link #NOT_LOCAL}).
 *
 * @param code GB/T 2260 code (or the zone code the product assigns), {@code 3715} or {@code -}
 * @param nameZh official Chinese name
 * @param nameEn English name
 * @param shortForms short forms seen in text, resolved in context by the ingest feature
 */
public record District(String code, String nameZh, String nameEn, List<String> shortForms) {

	/** Code of city-wide items. */
	public static final String CITY_WIDE = "3715";

	/** Code of items about places outside 聊城市. */
	public static final String NOT_LOCAL = "-";

	public District {
		shortForms = List.copyOf(shortForms);
	}

	/** The display name for a language tag ({@code zh} or anything else for English). */
	public String displayName(java.util.Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

}
