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
	 */
	public record Extracted(List<Article> articles, List<String> hashes, List<SkippedLine> skipped) {
	}

	private final ArticleSplitter splitter;

	private final DateResolver dates = new DateResolver();

	private final DistrictResolver districts;

	public PageExtractor(Gazetteer gazetteer, Set<String> countyCodes) {
		this.districts = new DistrictResolver(gazetteer, countyCodes);
		this.splitter = new ArticleSplitter(districts::mentionsPlace);
	}

	/** An extractor on the bundled gazetteer and district catalog. Thread-safe. */
	public static PageExtractor bundled() {
		Set<String> codes = DistrictCatalog.bundled()
			.counties()
			.stream()
			.map(District::code)
			.collect(Collectors.toUnmodifiableSet());
		return new PageExtractor(Gazetteer.bundled(), codes);
	}

	/**
	 * Extracts the articles of one page.
	 * @param source the file name stored with each article
	 * @param issueDate the issue date if known, else null
	 * @param homeDistrict the publication's home district code if known, else null
	 */
	public Extracted extract(String source, String text, LocalDate issueDate, String homeDistrict) {
		SplitPage page = splitter.split(text);
		PageDates pageDates = dates.pageDates(page.articles(), issueDate, page.skipped());
		PageContext context = districts.pageContext(page.articles(), homeDistrict);
		List<Article> articles = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (ParsedArticle a : page.articles()) {
			DateDecision date = dates.resolve(a, pageDates);
			DistrictDecision district = districts.resolve(a, context);
			articles.add(new Article(null, source, a.ordinal(), a.headline(), a.subheadline(), a.body(), a.byline(),
					a.kind(), date.date(), date.precision(), date.evidence(), district.code(), district.evidence()));
			hashes.add(ContentHash.of(a.headline(), a.body()));
		}
		return new Extracted(articles, hashes, page.skipped());
	}

}
