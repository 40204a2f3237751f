package com.lcnews.trends.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.lcnews.trends.ingest.internal.PageExtractor;
import com.lcnews.trends.ingest.internal.PageHints;
import com.lcnews.trends.ingest.internal.PageStore;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticlePlacement;
import com.lcnews.trends.shared.ArticlePlacements;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.audit.AuditLog;
import com.lcnews.trends.shared.audit.AuditAction;

/**
 * The pages whose articles lack a date or a district, and the administrator's answer for a page: its issue date
 * (and home district) in one step. The page's stored articles are decided again with what is now known, and those
 * that had no date or no district get the new one; the change and the rollup counts move together (see
 * {@link ArticlePlacements}).
 */
@Service
public class PageAnswerService {

	private final PageStore pages;

	private final PageExtractor extractor;

	private final ObjectProvider<ArticlePlacements> placements;

	private final AuditLog audit;

	PageAnswerService(PageStore pages, PageExtractor extractor, ObjectProvider<ArticlePlacements> placements,
			AuditLog audit) {
		this.audit = audit;
		this.pages = pages;
		this.extractor = extractor;
		this.placements = placements;
	}

	/** The newest pages with articles that lack a date or a district. */
	public List<ImportPage> pagesWithGaps(int limit) {
		return pages.pagesWithGaps(limit);
	}

	/**
	 * Gives a page its issue date and/or home district and re-dates and places its articles that lack them.
	 * @throws IllegalArgumentException when there is no such page or the district code is unknown
	 * @throws com.lcnews.trends.shared.ClassificationRunningException while a classification run is in progress
	 */
	public PageAnswer answer(long pageId, LocalDate issueDate, String homeDistrict, String user) {
		ImportPage page = pages.page(pageId).orElseThrow(() -> new IllegalArgumentException("No import page " + pageId));
		if (homeDistrict != null && !IngestService.KNOWN_DISTRICTS.contains(homeDistrict)) {
			throw new IllegalArgumentException("unknown home district code '" + homeDistrict + "'");
		}
		List<Article> stored = pages.articles(pageId);
		PageHints hints = new PageHints(issueDate != null ? issueDate : page.issueDate(),
				homeDistrict != null ? homeDistrict : page.homeDistrict(), null, page.path());
		List<Article> decided = extractor.redecide(page.file(), stored.stream().map(PageStore::parsed).toList(), hints);
		List<ArticlePlacement> changes = new ArrayList<>();
		int redated = 0;
		int placed = 0;
		for (int i = 0; i < stored.size(); i++) {
			Article s = stored.get(i);
			Article d = decided.get(i);
			boolean redate = s.datePrecision() == DatePrecision.UNKNOWN && d.datePrecision() != DatePrecision.UNKNOWN;
			boolean place = s.districtCode() == null && d.districtCode() != null;
			if (redate || place) {
				changes.add(new ArticlePlacement(s.id(), redate ? d.date() : s.date(),
						redate ? d.datePrecision() : s.datePrecision(), redate ? d.dateEvidence() : s.dateEvidence(),
						place ? d.districtCode() : s.districtCode(), place ? d.districtEvidence() : s.districtEvidence()));
				redated += redate ? 1 : 0;
				placed += place ? 1 : 0;
			}
		}
		if (!changes.isEmpty()) {
			ArticlePlacements target = placements.getIfAvailable();
			if (target == null) {
				throw new IllegalStateException("no service to re-date stored articles in this application");
			}
			target.place(changes);
		}
		pages.answered(pageId, issueDate, homeDistrict, user);
		Map<String, Object> details = new java.util.LinkedHashMap<>();
		details.put("file", page.file());
		details.put("date", issueDate);
		details.put("district", homeDistrict);
		details.put("redated", redated);
		details.put("placed", placed);
		audit.record(AuditAction.PAGE_ANSWERED, user, "page:" + pageId, details);
		return new PageAnswer(redated, placed, pages.page(pageId).orElseThrow());
	}

}
