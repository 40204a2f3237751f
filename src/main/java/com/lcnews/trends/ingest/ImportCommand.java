package com.lcnews.trends.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.lcnews.trends.shared.CommandServices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code import PATH...}: stores the articles of page files and prints the import report. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Imports page files and folders: stores new articles (already known ones are counted, not "
				+ "duplicated) and prints the report. Progress goes to stderr; exit 1 if a file was rejected.")
public class ImportCommand implements Callable<Integer>, CommandServices.Aware {

	private static final int BAR_WIDTH = 30;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders (walked recursively).")
	List<Path> paths;

	@Mixin
	MetadataOptions metadata = new MetadataOptions();

	PrintWriter out;

	PrintWriter err;

	private CommandServices services;

	@Override
	public void services(CommandServices services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		IngestService ingest = services.get(IngestService.class);
		PrintWriter stdout = out != null ? out : Console.stdout();
		PrintWriter stderr = err != null ? err : Console.stderr();
		ImportReport report = ingest.importPaths(paths, metadata.toMetadata(), "cli", System.getProperty("user.name"),
				(done, total, file) -> progress(stderr, done, total));
		stdout.print(report.toText());
		stdout.flush();
		return report.filesFailed() == 0 ? 0 : 1;
	}

	static void progress(PrintWriter stderr, int done, int total) {
		if (total < 2) {
			return;
		}
		int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
		stderr.print("\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " files");
		if (done == total) {
			stderr.println();
		}
		stderr.flush();
	}

}
