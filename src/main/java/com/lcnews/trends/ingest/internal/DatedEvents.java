package com.lcnews.trends.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The reviewed list of datable events ({@code data/dated_events.csv}): phrases such as 党的二十大精神 (not before
 * 2022-10-22) or 行程码 (not after 2022-12-13). The last resort for the year of a page whose text and file give none.
 */
final class DatedEvents {

	/**
	 * The span a page's date must lie in, from the phrases it names.
	 *
	 * @param from earliest date, or null
	 * @param to latest date, or null
	 * @param evidence the phrases, as named
	 */
	record Span(LocalDate from, LocalDate to, String evidence) {

		/** The first date on or after {@code from} with this month and day that is not after {@code to}, or null. */
		LocalDate first(int month, int day) {
			if (from == null) {
				return null;
			}
			for (int year = from.getYear(); year <= from.getYear() + 1; year++) {
				LocalDate d = DateMentions.toDate(new DateMentions.Mention(year, month, day, null, 0, 0), year);
				if (d != null && !d.isBefore(from) && (to == null || !d.isAfter(to))) {
					return d;
				}
			}
			return null;
		}

		/** Whether the span lies within one calendar year (then that year is the page's). */
		boolean oneYear() {
			return from != null && to != null && from.getYear() == to.getYear();
		}

	}

	private record Event(String phrase, LocalDate notBefore, LocalDate notAfter) {
	}

	private static final List<Event> EVENTS = load();

	private DatedEvents() {
	}

	/** The span the named events allow, or null when the page names none (or names contradicting ones). */
	static Span span(List<String> texts) {
		LocalDate from = null;
		LocalDate to = null;
		List<String> named = new ArrayList<>();
		for (Event e : EVENTS) {
			if (texts.stream().noneMatch(t -> t.contains(e.phrase()))) {
				continue;
			}
			named.add(e.phrase() + (e.notBefore() != null ? " ≥ " + e.notBefore() : "") + (e.notAfter() != null ? " ≤ " + e.notAfter() : ""));
			from = e.notBefore() == null || from != null && from.isAfter(e.notBefore()) ? from : e.notBefore();
			to = e.notAfter() == null || to != null && to.isBefore(e.notAfter()) ? to : e.notAfter();
		}
		if (named.isEmpty() || from != null && to != null && from.isAfter(to)) {
			return null;
		}
		return new Span(from, to, "datable events named on the page: " + String.join(", ", named));
	}

	private static List<Event> load() {
		List<Event> events = new ArrayList<>();
		try (InputStream in = DatedEvents.class.getResourceAsStream("/data/dated_events.csv")) {
			if (in == null) {
				throw new IllegalStateException("Missing resource /data/dated_events.csv");
			}
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setCommentMarker('#')
				.setTrim(true)
				.get();
			for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				events.add(new Event(row.get("phrase"), date(row.get("not_before")), date(row.get("not_after"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read /data/dated_events.csv", ex);
		}
		return List.copyOf(events);
	}

	private static LocalDate date(String s) {
		return s == null || s.isBlank() ? null : LocalDate.parse(s);
	}

}
