package com.lcnews.trends.ingest;

import java.time.LocalDate;

import picocli.CommandLine.Option;

/** Page metadata given on the command line; a page's sidecar file wins over these. */
class MetadataOptions {

	@Option(names = "--publication", paramLabel = "NAME", description = "Publication of the pages, e.g. 聊城日报.")
	String publication;

	@Option(names = "--home-district", paramLabel = "CODE",
			description = "District code of the publication's home (what 我区 means; default district).")
	String homeDistrict;

	@Option(names = "--issue-date", paramLabel = "YYYY-MM-DD", description = "Issue date of the pages.")
	LocalDate issueDate;

	@Option(names = "--page", paramLabel = "NO", description = "Page number or label, e.g. A05.")
	String page;

	PageMetadata toMetadata() {
		return new PageMetadata(publication, homeDistrict, issueDate, page);
	}

}
