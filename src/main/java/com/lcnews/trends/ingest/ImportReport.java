package com.lcnews.trends.ingest;

import java.util.List;

/**
 * What an import did, file by file.
 *
 * @param runId the import_run row, or null for a dry run
 * @param files one entry per file, in the order imported
 */
public record ImportReport(Long runId, List<FileResult> files) {

	public ImportReport {
		files = List.copyOf(files);
	}

	/**
	 * One file.
	 *
	 * @param file the file's full path (the upload's name for uploads)
	 * @param error why the file was rejected, or null when it was imported
	 * @param articlesNew articles stored by this import
	 * @param articlesKnown articles already stored before (same content hash)
	 * @param skipped lines in no article, with the reason
	 * @param pageId the import_page row of the file, 0 when it was rejected
	 * @param undated articles of the page (as stored) without a date
	 * @param unplaced articles of the page (as stored) without a district
	 * @param warnings problems that did not stop the import (metadata contradicting the page)
	 */
	public record FileResult(String file, String error, int articlesNew, int articlesKnown, List<Skipped> skipped,
			long pageId, int undated, int unplaced, List<String> warnings) {

		public FileResult {
			skipped = List.copyOf(skipped);
			warnings = List.copyOf(warnings);
		}

		public FileResult(String file, String error, int articlesNew, int articlesKnown, List<Skipped> skipped) {
			this(file, error, articlesNew, articlesKnown, skipped, 0, 0, 0, List.of());
		}

		public boolean failed() {
			return error != null;
		}

		/** Whether some of the page's articles lack a date or a district (an issue date or home district would help). */
		public boolean hasGaps() {
			return undated > 0 || unplaced > 0;
		}

		static FileResult failed(String file, String error) {
			return new FileResult(file, error, 0, 0, List.of());
		}

	}

	/** A line that is in no article. */
	public record Skipped(int line, String reason, String text) {
	}

	public int filesFailed() {
		return (int) files.stream().filter(FileResult::failed).count();
	}

	public int articlesNew() {
		return files.stream().mapToInt(FileResult::articlesNew).sum();
	}

	public int articlesKnown() {
		return files.stream().mapToInt(FileResult::articlesKnown).sum();
	}

	/** Pages some of whose articles lack a date or a district. */
	public int pagesWithGaps() {
		return (int) files.stream().filter(FileResult::hasGaps).count();
	}

	public int linesSkipped() {
		return files.stream().mapToInt(f -> f.skipped().size()).sum();
	}

	/** A plain-text summary: totals, then one line per file, then the skipped lines. */
	public String toText() {
		StringBuilder sb = new StringBuilder();
		sb.append(runId == null ? "import" : "import #" + runId)
			.append(": ")
			.append(files.size())
			.append(" files (")
			.append(filesFailed())
			.append(" failed), ")
			.append(articlesNew())
			.append(" articles new, ")
			.append(articlesKnown())
			.append(" already known, ")
			.append(linesSkipped())
			.append(" lines skipped\n");
		for (FileResult f : files) {
			sb.append("  ").append(f.file()).append(": ");
			if (f.failed()) {
				sb.append("ERROR ").append(f.error()).append('\n');
				continue;
			}
			sb.append(f.articlesNew()).append(" new, ").append(f.articlesKnown()).append(" known, ")
				.append(f.skipped().size()).append(" lines skipped");
			if (f.hasGaps()) {
				sb.append("; ").append(f.undated()).append(" without a date, ").append(f.unplaced())
					.append(" without a district (give the page's date with --issue-date and --home-district, a sidecar, "
							+ "or on the dashboard's import page)");
			}
			sb.append('\n');
			for (String w : f.warnings()) {
				sb.append("    WARNING ").append(w).append('\n');
			}
			for (Skipped s : f.skipped()) {
				sb.append("    ").append(f.file()).append(':').append(s.line()).append(" skipped (").append(s.reason()).append("): ")
					.append(s.text()).append('\n');
			}
		}
		return sb.toString();
	}

}
