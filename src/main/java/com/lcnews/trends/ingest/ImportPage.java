package com.lcnews.trends.ingest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A page file of an import, with how many of its articles lack a date or a district.
 *
 * @param file the name stored with the page's articles
 * @param path the full path as given, or null for an upload
 * @param issueDate the issue date given for the page (at import or later), or null
 * @param homeDistrict the home district given for the page, or null
 * @param answeredAt when an administrator last gave the page's issue date or home district, or null
 */
public record ImportPage(long id, long importId, String file, String path, int articles, int undated, int unplaced,
		LocalDate issueDate, String homeDistrict, Instant answeredAt) {

	/** Whether some articles lack a date or a district. */
	public boolean hasGaps() {
		return undated > 0 || unplaced > 0;
	}

	/** The path when known, else the file name: what messages name. */
	public String where() {
		return path != null ? path : file;
	}

}
