package com.lcnews.trends.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;

/**
 * What is known about a page besides its text; every part is optional (null).
 *
 * @param publication the paper, e.g. 聊城日报
 * @param homeDistrict the district code of the publication's home (what 我区 means, and the default district)
 * @param issueDate the issue date (relative words such as 昨日 resolve against it)
 * @param pageNo the page number or label, e.g. A05
 */
public record PageMetadata(String publication, String homeDistrict, LocalDate issueDate, String pageNo) {

	/** Nothing known. */
	public static final PageMetadata NONE = new PageMetadata(null, null, null, null);

	/** Suffix of a sidecar file: {@code page.txt} has its metadata in {@code page.meta.properties}. */
	public static final String SIDECAR_SUFFIX = ".meta.properties";

	/** These values, with the gaps filled from {@code defaults}. */
	public PageMetadata orElse(PageMetadata defaults) {
		return new PageMetadata(publication != null ? publication : defaults.publication,
				homeDistrict != null ? homeDistrict : defaults.homeDistrict,
				issueDate != null ? issueDate : defaults.issueDate, pageNo != null ? pageNo : defaults.pageNo);
	}

	/** The sidecar path of a page file. */
	public static Path sidecarOf(Path page) {
		String name = page.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return page.resolveSibling(base + SIDECAR_SUFFIX);
	}

	/**
	 * Reads the sidecar of a page ({@code publication}, {@code home_district}, {@code issue_date} as YYYY-MM-DD,
	 * {@code page}), or {@link #NONE} when there is none.
	 * @throws IOException when the sidecar cannot be read
	 * @throws IllegalArgumentException naming the sidecar when a value is malformed
	 */
	public static PageMetadata readSidecar(Path page) throws IOException {
		Path sidecar = sidecarOf(page);
		if (!Files.isRegularFile(sidecar)) {
			return NONE;
		}
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		try {
			String date = blankToNull(p.getProperty("issue_date"));
			return new PageMetadata(blankToNull(p.getProperty("publication")), blankToNull(p.getProperty("home_district")),
					date == null ? null : LocalDate.parse(date), blankToNull(p.getProperty("page")));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(sidecar.toAbsolutePath().normalize() + ":" + lineOf(sidecar, "issue_date")
					+ ": issue_date must be YYYY-MM-DD, not '" + ex.getParsedString() + "'");
		}
	}

	/** The 1-based line of a key in a properties file (for messages), 0 when not found. */
	private static int lineOf(Path file, String key) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).strip().startsWith(key)) {
					return i + 1;
				}
			}
		}
		catch (IOException ex) {
			// the message goes without the line
		}
		return 0;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
