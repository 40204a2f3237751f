package com.lcnews.trends.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.lcnews.trends.articles.ArticleDetail;
import com.lcnews.trends.articles.ArticleFilter;
import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.articles.ArticleRow;
import com.lcnews.trends.shared.DistrictCatalog;
import com.lcnews.trends.shared.taxonomy.Taxonomy;
import com.lcnews.trends.trend.CoverageCell;
import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.TrendPoint;
import com.lcnews.trends.trend.TrendQuery;
import com.lcnews.trends.trend.TrendService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Read endpoints: the taxonomy, trend series, coverage and articles, for any token role. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "read", description = "Topics, districts, trends, coverage and articles (any role)")
@SecurityRequirement(name = ApiDocumentation.TOKEN)
class ReadApi {

	/** A topic of the taxonomy. */
	record TopicEntry(String code, String nameZh, String nameEn, boolean active, String description,
			String descriptionZh, List<String> keywordsZh) {
	}

	/** A district of the catalog. */
	record DistrictEntry(String code, String nameZh, String nameEn) {
	}

	/** One page of articles with the number of all matches (counted up to {@code totalCap}). */
	record ArticlePage(long total, long totalCap, int offset, List<ArticleRow> items) {
	}

	private static final long COUNT_CAP = 100_000;

	private final TrendService trends;

	private final ArticleQueryService articles;

	private final Taxonomy taxonomy;

	private final DistrictCatalog districts;

	ReadApi(TrendService trends, ArticleQueryService articles, Taxonomy taxonomy, DistrictCatalog districts) {
		this.trends = trends;
		this.articles = articles;
		this.taxonomy = taxonomy;
		this.districts = districts;
	}

	@GetMapping("/topics")
	@Operation(summary = "The topic taxonomy as edited on the dashboard, in its order (retired topics included)")
	List<TopicEntry> topics() {
		return taxonomy.current()
			.all()
			.stream()
			.map(e -> new TopicEntry(e.topic().code(), e.nameZh(), e.nameEn(), e.active(), e.description(),
					e.descriptionZh(), e.keywordsZh()))
			.toList();
	}

	@GetMapping("/districts")
	@Operation(summary = "The districts: county-level units of 聊城市, 3715 (city-wide) and - (not local)")
	List<DistrictEntry> districts() {
		return districts.all().stream().map(d -> new DistrictEntry(d.code(), d.nameZh(), d.nameEn())).toList();
	}

	@GetMapping("/trends")
	@Operation(summary = "Topic counts per period (human label first, else the promoted model's prediction)")
	List<TrendPoint> trends(@RequestParam(defaultValue = "MONTH") Granularity granularity,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "district codes, ? for unknown; all when absent") @RequestParam(required = false) Set<String> district,
			@Parameter(description = "topic codes, _unclassified for abstentions; all when absent") @RequestParam(required = false) Set<String> topic) {
		return trends.series(new TrendQuery(granularity, from, to, district, topic, null));
	}

	@GetMapping("/coverage")
	@Operation(summary = "Articles per topic and district over a date range")
	List<CoverageCell> coverage(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ")");
		}
		return trends.coverage(from, to, null);
	}

	@GetMapping("/articles")
	@Operation(summary = "Articles matching a filter, newest first")
	ArticlePage articles(@RequestParam(required = false) String text, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String district,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
		if (offset < 0 || limit < 1 || limit > 1000) {
			throw new IllegalArgumentException("Need offset >= 0 and 1 <= limit <= 1000");
		}
		ArticleFilter filter = new ArticleFilter(text, topic, district, from, to, null, null, null);
		return new ArticlePage(articles.count(filter, COUNT_CAP), COUNT_CAP, offset,
				articles.search(filter, ArticleQueryService.Sort.NEWEST, offset, limit));
	}

	@GetMapping("/articles/{id}")
	@Operation(summary = "One article in full, with the promoted model's prediction and its labels")
	ResponseEntity<ArticleDetail> article(@PathVariable long id) {
		return ResponseEntity.of(articles.detail(id, null));
	}

}
