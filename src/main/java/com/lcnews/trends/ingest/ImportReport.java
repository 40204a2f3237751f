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
	 * @param file the file name (or path as given)
	 * @param error why the file was rejected, or null when it was imported
	 * @param articlesNew articles stored by this import
	 * @param articlesKnown articles already stored before (same content hash)
	 * @param skipped lines in no article, with the reason
	 */
	public record FileResult(String file, String error, int articlesNew, int articlesKnown, List<Skipped> skipped) {

		public FileResult {
			skipped = List.copyOf(skipped);
		}

		public boolean failed() {
			return error != null;
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
				.append(f.skipped().size()).append(" lines skipped\n");
			for (Skipped s : f.skipped()) {
				sb.append("    line ").append(s.line()).append(" skipped (").append(s.reason()).append("): ")
					.append(s.text()).append('\n');
			}
		}
		return sb.toString();
	}

}
