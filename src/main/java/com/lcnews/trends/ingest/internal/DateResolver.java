package com.lcnews.trends.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import com.lcnews.trends.ingest.internal.DateMentions.Mention;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;

/**
 * Decides the date each article reports. In order: a notice's signature date; the dateline; the first explicit date
 * in the first sentence of the first paragraphs (the lead), skipping dates the text marks as the past or a span;
 * a signature date; a relative word (近日, 昨日…) against the page's reference date; else the page's reference date at
 * month (or year) precision. A month and day without a year take the year that puts them closest to the page's
 * reference date (see {@link #pageDates}); with no reference the precision is {@code unknown}. Dates merely
 * mentioned deeper in an article (a commentary recalling 2020, a notice about a baby found in 2017) are never used.
 */
public final class DateResolver {

	private static final int LEAD_PARAGRAPHS = 3;

	/**
	 * The page's reference date, from the strongest evidence there is: the issue date (metadata, a page header with
	 * the weekday, the file's name or folders); else the latest signed, datelined or lead full date of the page; else a
	 * year (named in headlines and leads, or a document number such as 聊医保发〔2021〕24号, or the file's folder) or,
	 * as the last resort, the span of the datable events the page names, with which the page's month-and-day datelines
	 * and leads are dated and the latest of them taken.
	 */
	PageDates pageDates(List<ParsedArticle> articles, LocalDate issueDate, List<SkippedLine> skipped, String path) {
		if (issueDate != null) {
			return new PageDates(issueDate, PageDates.Basis.ISSUE, "metadata");
		}
		PageDates header = header(skipped);
		if (header != null) {
			return header;
		}
		FileDates.FileDate file = FileDates.of(path);
		if (file != null && file.precision() == DatePrecision.DAY) {
			return new PageDates(file.date(), PageDates.Basis.ISSUE, file.evidence());
		}
		LocalDate latest = null;
		String evidence = null;
		int latestYear = 0;
		String yearEvidence = null;
		for (ParsedArticle a : articles) {
			for (Mention m : anchors(a)) {
				LocalDate d = DateMentions.toDate(m, m.year());
				if (m.day() > 0 && d != null && (latest == null || d.isAfter(latest))) {
					latest = d;
					evidence = "«" + m.year() + "年" + m.month() + "月" + m.day() + "日» in article " + a.ordinal();
				}
				if (m.year() > latestYear) {
					latestYear = m.year();
					yearEvidence = "«" + m.year() + "年» in article " + a.ordinal();
				}
			}
		}
		if (latest != null) {
			return new PageDates(latest, PageDates.Basis.ANCHORS, evidence);
		}
		if (file != null) {
			latestYear = file.date().getYear();
			yearEvidence = file.evidence();
		}
		else {
			DocumentNumbers.Found document = DocumentNumbers.latest(articles);
			if (document != null && document.year() > latestYear) {
				latestYear = document.year();
				yearEvidence = "document number «" + document.number() + "» in article " + document.article();
			}
		}
		if (latestYear > 0) {
			int year = latestYear;
			PageDates dated = datedByMonthDays(articles, (month, day) -> DateMentions.toDate(
					new Mention(year, month, day, null, 0, 0), year), "year " + year + " from " + yearEvidence);
			if (dated != null) {
				return dated;
			}
			return file != null && file.precision() == DatePrecision.MONTH
					? new PageDates(file.date(), PageDates.Basis.MONTH, file.evidence())
					: new PageDates(LocalDate.of(latestYear, 1, 1), PageDates.Basis.YEARS, yearEvidence);
		}
		return byEvents(articles);
	}

	/** The last resort: the span of the datable events the page names (see {@link DatedEvents}). */
	private PageDates byEvents(List<ParsedArticle> articles) {
		StringBuilder page = new StringBuilder();
		for (ParsedArticle a : articles) {
			page.append(a.headline() == null ? "" : a.headline()).append('\n');
			a.paragraphs().forEach(p -> page.append(p).append('\n'));
		}
		DatedEvents.Span span = DatedEvents.span(List.of(TextNormalizer.fold(page.toString())));
		if (span == null) {
			return PageDates.NONE;
		}
		PageDates dated = datedByMonthDays(articles, span::first, span.evidence());
		if (dated != null) {
			return dated;
		}
		return span.oneYear() ? new PageDates(span.from().withDayOfYear(1), PageDates.Basis.YEARS, span.evidence())
				: PageDates.NONE;
	}

	/** The latest month-and-day dateline or lead date of the page, dated by {@code dating}; or null. */
	private PageDates datedByMonthDays(List<ParsedArticle> articles, MonthDayDating dating, String how) {
		LocalDate latest = null;
		String evidence = null;
		for (ParsedArticle a : articles) {
			for (Mention m : monthDayAnchors(a)) {
				LocalDate d = dating.date(m.month(), m.day());
				if (d != null && (latest == null || d.isAfter(latest))) {
					latest = d;
					evidence = "«" + m.month() + "月" + m.day() + "日» in article " + a.ordinal() + ", " + how;
				}
			}
		}
		return latest == null ? null : new PageDates(latest, PageDates.Basis.ANCHORS, evidence);
	}

	/** Dates a month and day, or null when they fit no year. */
	@FunctionalInterface
	private interface MonthDayDating {

		LocalDate date(int month, int day);

	}

	/** The date of the page's header or footer: a full date with the weekday, or a publication date and time. */
	private static PageDates header(List<SkippedLine> skipped) {
		for (SkippedLine line : skipped) {
			if (!line.reason().equals(ArticleSplitter.FURNITURE)) {
				continue;
			}
			String folded = TextNormalizer.fold(line.text());
			List<Mention> dates = DateMentions.explicit(folded);
			if (!dates.isEmpty() && dates.get(0).day() > 0 && dates.get(0).year() > 0) {
				return new PageDates(DateMentions.toDate(dates.get(0), dates.get(0).year()), PageDates.Basis.ISSUE,
						"page header «" + line.text().strip() + "»");
			}
			Matcher m = LineShapes.DATE_TIME.matcher(folded);
			if (m.find()) {
				LocalDate d = DateMentions.toDate(new Mention(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)), null, 0, 0), Integer.parseInt(m.group(1)));
				if (d != null) {
					return new PageDates(d, PageDates.Basis.ISSUE, "publication time «" + line.text().strip() + "»");
				}
			}
		}
		return null;
	}

	/** The dateline, signature and first lead date of an article that have a month and day but no year. */
	private List<Mention> monthDayAnchors(ParsedArticle a) {
		List<Mention> result = new ArrayList<>();
		Mention dateline = dateline(a);
		if (dateline != null && dateline.year() == 0) {
			result.add(dateline);
		}
		if (a.kind() != ArticleKind.NOTICE) {
			for (String sentence : leadSentences(a)) {
				DateMentions.explicit(sentence)
					.stream()
					.findFirst()
					.filter(m -> m.year() == 0 && m.day() > 0)
					.ifPresent(result::add);
			}
		}
		return result;
	}

	private List<Mention> anchors(ParsedArticle a) {
		List<Mention> result = new ArrayList<>();
		Mention signature = signature(a);
		if (signature != null) {
			result.add(signature);
		}
		Mention dateline = dateline(a);
		if (dateline != null && dateline.year() > 0) {
			result.add(dateline);
		}
		if (a.kind() != ArticleKind.NOTICE) {
			for (String sentence : leadSentences(a)) {
				DateMentions.explicit(sentence).stream().filter(m -> m.year() > 0).findFirst().ifPresent(result::add);
			}
		}
		return result;
	}

	/** The date of one article. */
	DateDecision resolve(ParsedArticle a, PageDates page) {
		Mention signature = signature(a);
		if (a.kind() == ArticleKind.NOTICE && signature != null) {
			return explicit(signature, "signed", page);
		}
		Mention dateline = dateline(a);
		if (dateline != null && dateline.day() > 0) {
			return explicit(dateline, "dateline", page);
		}
		List<String> lead = leadSentences(a);
		for (int i = 0; i < lead.size(); i++) {
			List<Mention> found = DateMentions.explicit(lead.get(i));
			if (!found.isEmpty()) {
				return explicit(found.get(0), "lead «" + snippet(lead.get(i), found.get(0)) + "»", page);
			}
			Mention relative = DateMentions.relative(i == 0 ? firstParagraph(a) : lead.get(i));
			if (relative != null) {
				return relative(relative, page);
			}
		}
		if (signature != null) {
			return explicit(signature, "signed", page);
		}
		return fallback(page, "no date in the article; ");
	}

	private DateDecision explicit(Mention m, String where, PageDates page) {
		String words = (m.year() > 0 ? m.year() + "年" : "") + (m.month() > 0 ? m.month() + "月" : "")
				+ (m.day() > 0 ? m.day() + "日" : "");
		DatePrecision precision = m.day() > 0 ? DatePrecision.DAY
				: m.month() > 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
		if (m.year() > 0 && precision == DatePrecision.YEAR && page.reference() != null
				&& page.reference().getYear() == m.year() && page.basis() != PageDates.Basis.YEARS
				&& page.basis() != PageDates.Basis.NONE) {
			return DateDecision.of(page.reference(), DatePrecision.MONTH,
					where + ": " + words + ", the page's year; month from " + page.describe());
		}
		if (m.year() > 0) {
			return DateDecision.of(DateMentions.toDate(m, m.year()), precision, where + ": " + words);
		}
		if (page.reference() == null) {
			return DateDecision.unknown(where + ": " + words + " (year unknown)");
		}
		LocalDate date = closest(m, page);
		if (date == null) {
			return DateDecision.unknown(where + ": " + words + " (not a calendar date)");
		}
		return DateDecision.of(date, precision, where + ": " + words + " (year from " + page.describe() + ")");
	}

	private static LocalDate closest(Mention m, PageDates page) {
		LocalDate ref = page.reference();
		if (page.basis() == PageDates.Basis.YEARS) {
			return DateMentions.toDate(m, ref.getYear());
		}
		LocalDate best = null;
		for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
			LocalDate d = DateMentions.toDate(m, year);
			if (d != null && (best == null || distance(d, ref) < distance(best, ref))) {
				best = d;
			}
		}
		return best;
	}

	private static long distance(LocalDate a, LocalDate b) {
		return Math.abs(a.toEpochDay() - b.toEpochDay());
	}

	private DateDecision relative(Mention word, PageDates page) {
		String w = word.relative();
		if (page.reference() == null) {
			return DateDecision.unknown("relative «" + w + "» (no issue date)");
		}
		if (page.basis() == PageDates.Basis.ISSUE) {
			int back = switch (w) {
				case "昨日", "昨天" -> 1;
				case "前日", "前天" -> 2;
				case "今日", "今天", "当日" -> 0;
				default -> -1;
			};
			if (back >= 0) {
				return DateDecision.of(page.reference().minusDays(back), DatePrecision.DAY,
						"relative «" + w + "», " + page.describe());
			}
		}
		return fallback(page, "relative «" + w + "», ");
	}

	/** An article without a date of its own takes the page's, at the precision the page's evidence supports. */
	private static DateDecision fallback(PageDates page, String why) {
		return switch (page.basis()) {
			case NONE -> DateDecision.unknown(why + "nothing on the page or in its file dates it");
			case YEARS -> DateDecision.of(page.reference(), DatePrecision.YEAR, why + page.describe());
			default -> DateDecision.of(page.reference(), DatePrecision.MONTH, why + page.describe());
		};
	}

	private static Mention signature(ParsedArticle a) {
		for (int i = a.paragraphs().size() - 1; i >= 0; i--) {
			if (a.paragraphs().get(i).length() > 14) {
				continue;
			}
			String p = LineShapes.arabicDate(TextNormalizer.fold(a.paragraphs().get(i)).strip());
			if (LineShapes.isSignatureDate(p)) {
				List<Mention> m = DateMentions.explicit(p);
				return m.isEmpty() ? null : m.get(0);
			}
		}
		return null;
	}

	private static Mention dateline(ParsedArticle a) {
		if (a.paragraphs().isEmpty()) {
			return null;
		}
		if (!LineShapes.mayHaveDateline(a.paragraphs().get(0))) {
			return null;
		}
		Matcher m = LineShapes.DATELINE.matcher(TextNormalizer.foldPrefix(a.paragraphs().get(0), 64));
		if (!m.find() || m.group(3) == null && m.group(4) == null) {
			return null;
		}
		int year = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
		int month = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
		int day = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
		return month > 0 && day > 0 && month <= 12 && day <= 31 ? new Mention(year, month, day, null, 0, m.end()) : null;
	}

	private static String firstParagraph(ParsedArticle a) {
		return a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0);
	}

	/** First sentences of the first paragraphs, the dateline cut off; then the headlines. */
	static List<String> leadSentences(ParsedArticle a) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, a.paragraphs().size()); i++) {
			String p = a.paragraphs().get(i);
			if (i == 0 && LineShapes.mayHaveDateline(p)) {
				Matcher m = LineShapes.DATELINE.matcher(TextNormalizer.foldPrefix(p, 64));
				if (m.find()) {
					p = p.substring(m.end());
				}
			}
			result.add(TextNormalizer.fold(DateMentions.firstSentence(p)));
		}
		if (a.headline() != null) {
			result.add(TextNormalizer.fold(a.headline() + " " + (a.subheadline() == null ? "" : a.subheadline())));
		}
		return result;
	}

	private static String snippet(String sentence, Mention m) {
		int from = Math.max(0, m.start() - 8);
		int to = Math.min(sentence.length(), m.end() + 8);
		return sentence.substring(from, to);
	}

}
