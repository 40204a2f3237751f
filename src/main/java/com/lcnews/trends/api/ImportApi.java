package com.lcnews.trends.api;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.lcnews.trends.ingest.ImportReport;
import com.lcnews.trends.ingest.IngestService;
import com.lcnews.trends.ingest.NamedInput;
import com.lcnews.trends.ingest.PageMetadata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Imports pages sent as JSON (administrator tokens only), as the dashboard's upload does: bad pages are reported one by
 * one and the rest is stored; known articles are not stored twice; the running application classifies the new ones.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "import", description = "Import page text (administrator role)")
@SecurityRequirement(name = ApiDocumentation.TOKEN)
class ImportApi {

	/** The origin of the import runs this API makes. */
	static final String ORIGIN = "api";

	/**
	 * Pages of one issue.
	 *
	 * @param publication the paper, e.g. 聊城日报 (optional)
	 * @param homeDistrict district code of the paper's home (optional)
	 * @param issueDate the issue's date (optional; relative words and month-day dates resolve against it)
	 * @param pages the page texts, each with a file name (stored as the articles' source)
	 */
	record PagesRequest(String publication, String homeDistrict, LocalDate issueDate, List<Page> pages) {
	}

	/** One page's text. */
	record Page(String name, String text) {
	}

	private final IngestService ingest;

	ImportApi(IngestService ingest) {
		this.ingest = ingest;
	}

	@PostMapping("/pages")
	@Operation(summary = "Import pages; returns the import report (per page: new, known, skipped lines, or the error)")
	ImportReport importPages(@RequestBody PagesRequest request, Principal client) {
		if (request == null || request.pages() == null || request.pages().isEmpty()) {
			throw new IllegalArgumentException("No pages: send {\"pages\":[{\"name\":\"A01.txt\",\"text\":\"...\"}]}");
		}
		List<NamedInput> pages = request.pages().stream().map(ImportApi::input).toList();
		PageMetadata meta = new PageMetadata(request.publication(), request.homeDistrict(), request.issueDate(), null);
		return ingest.importPages(pages, meta, ORIGIN, client.getName());
	}

	private static NamedInput input(Page page) {
		if (page == null || page.name() == null || page.name().isBlank() || page.text() == null) {
			throw new IllegalArgumentException("Every page needs a name and a text");
		}
		return new NamedInput(page.name().strip(), page.text().getBytes(StandardCharsets.UTF_8));
	}

}
