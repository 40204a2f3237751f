package com.lcnews.trends.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.District;
import com.lcnews.trends.shared.DistrictCatalog;

/** Page text to articles with date and district: split, then read the page's dates and places, then each article. */
public final class PageExtractor {

	/**
	 * The result for one page.
	 *
	 * @param articles in page order, ids null
	 * @param hashes the content hash of each article, same order
	 * @param skipped non-blank lines in no article
	 * @param parsed the articles as cut from the page (with their page lines), same order
	 * @param warnings problems that did not stop the extraction (metadata contradicting the page), for people
	 */
	public record Extracted(List<Article> articles, List<String> hashes, List<SkippedLine> skipped,
			List<ParsedArticle> parsed, List<String> warnings) {
	}

	private final ArticleSplitter splitter;

	private final DateResolver dates = new DateResolver();

	private final DistrictResolver districts;

	public PageExtractor(Gazetteer gazetteer, Set<String> countyCodes, Set<String> cityLikeHomes) {
		this.districts = new DistrictResolver(gazetteer, countyCodes, cityLikeHomes);
		this.splitter = new ArticleSplitter(districts::mentionsPlace);
	}

	/** An extractor on the bundled gazetteer and district catalog. Thread-safe. */
	public static PageExtractor bundled() {
		List<District> counties = DistrictCatalog.bundled().counties();
		Set<String> codes = counties.stream().map(District::code).collect(Collectors.toUnmodifiableSet());
		Set<String> cities = counties.stream()
			.filter(d -> d.nameZh().endsWith("市"))
			.map(District::code)
			.collect(Collectors.toUnmodifiableSet());
		return new PageExtractor(Gazetteer.bundled(), codes, cities);
	}

	/**
	 * Extracts the articles of one page.
	 * @param source the file name stored with each article
	 * @param issueDate the issue date if known, else null
	 * @param homeDistrict the publication's home district code if known, else null
	 */
	public Extracted extract(String source, String text, LocalDate issueDate, String homeDistrict) {
		return extract(source, text, new PageHints(issueDate, homeDistrict, null, null));
	}

	/** The paper's name and the page's header and footer lines: the places they name say where the page is from. */
	private static String pageHeader(PageHints hints, SplitPage page) {
		StringBuilder sb = new StringBuilder(hints.publication() == null ? "" : hints.publication());
		for (SkippedLine s : page.skipped()) {
			if (s.reason().equals(ArticleSplitter.FURNITURE)) {
				sb.append('\n').append(s.text());
			}
		}
		return sb.length() == 0 ? null : sb.toString();
	}

	/**
	 * Extracts the articles of one page.
	 * @param source the file name stored with each article
	 * @param hints what is known about the page besides its text
	 */
	public Extracted extract(String source, String text, PageHints hints) {
		SplitPage page = splitter.split(text);
		List<String> warnings = new ArrayList<>();
		PageDates pageDates = dates.pageDates(page.articles(), hints.issueDate(), page.skipped(), hints.path());
		if (hints.issueDate() != null) {
			PageDates own = dates.pageDates(page.articles(), null, page.skipped(), hints.path());
			if (contradicts(hints.issueDate(), own)) {
				warnings.add("the issue date " + hints.issueDate() + " given for the page contradicts the page itself ("
						+ own.describe() + "); the page's own date is used");
				pageDates = own;
			}
		}
		List<Article> articles = decide(source, page.articles(), page.skipped(), pageDates, hints);
		List<String> hashes = articles.stream().map(a -> ContentHash.of(a.headline(), a.body())).toList();
		return new Extracted(articles, hashes, page.skipped(), page.articles(), warnings);
	}

	/**
	 * Decides again the dates and districts of articles already cut from a page (stored ones), with what is now known
	 * about the page; the page's header lines are gone, its file path may be given.
	 */
	public List<Article> redecide(String source, List<ParsedArticle> parsed, PageHints hints) {
		PageDates pageDates = dates.pageDates(parsed, hints.issueDate(), List.of(), hints.path());
		return decide(source, parsed, List.of(), pageDates, hints);
	}

	private List<Article> decide(String source, List<ParsedArticle> parsed, List<SkippedLine> skipped, PageDates pageDates,
			PageHints hints) {
		List<ArticlePlaces> places = districts.places(parsed);
		PageContext context = districts.pageContext(parsed, places, hints.homeDistrict(),
				pageHeader(hints, new SplitPage(parsed, skipped)));
		List<Article> articles = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			ParsedArticle a = parsed.get(i);
			DateDecision date = dates.resolve(a, pageDates);
			DistrictDecision district = districts.resolve(places.get(i), context);
			articles.add(new Article(null, source, a.ordinal(), a.headline(), a.subheadline(), a.body(), a.byline(),
					a.kind(), date.date(), date.precision(), date.evidence(), district.code(), district.evidence()));
		}
		return articles;
	}

	/**
	 * Whether an issue date given for a page contradicts the page: its header, publication time or file name give
	 * another day, or an item on it is dated after the issue (a paper cannot report the day after it is printed).
	 */
	private static boolean contradicts(LocalDate issueDate, PageDates own) {
		return switch (own.basis()) {
			case ISSUE -> !own.reference().equals(issueDate);
			case ANCHORS -> own.reference().isAfter(issueDate.plusDays(1));
			default -> false;
		};
	}

}
