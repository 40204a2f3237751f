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
	 */
	public record Extracted(List<Article> articles, List<String> hashes, List<SkippedLine> skipped,
			List<ParsedArticle> parsed) {
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
		PageDates pageDates = dates.pageDates(page.articles(), hints.issueDate(), page.skipped(), hints.path());
		List<ArticlePlaces> places = districts.places(page.articles());
		PageContext context = districts.pageContext(page.articles(), places, hints.homeDistrict(), pageHeader(hints, page));
		List<Article> articles = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < page.articles().size(); i++) {
			ParsedArticle a = page.articles().get(i);
			DateDecision date = dates.resolve(a, pageDates);
			DistrictDecision district = districts.resolve(places.get(i), context);
			articles.add(new Article(null, source, a.ordinal(), a.headline(), a.subheadline(), a.body(), a.byline(),
					a.kind(), date.date(), date.precision(), date.evidence(), district.code(), district.evidence()));
			hashes.add(ContentHash.of(a.headline(), a.body()));
		}
		return new Extracted(articles, hashes, page.skipped(), page.articles());
	}

}
