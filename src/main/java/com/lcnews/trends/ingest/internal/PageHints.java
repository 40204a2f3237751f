package com.lcnews.trends.ingest.internal;

import java.time.LocalDate;

/**
 * What is known about a page besides its text; every part may be null.
 *
 * @param issueDate the issue date (metadata)
 * @param homeDistrict the publication's home district code (metadata)
 * @param publication the paper's name (metadata): its place names say where the paper is from
 * @param path the file's path as given (folder and file names may carry the issue date)
 */
public record PageHints(LocalDate issueDate, String homeDistrict, String publication, String path) {

	/** Nothing known. */
	public static final PageHints NONE = new PageHints(null, null, null, null);

}
