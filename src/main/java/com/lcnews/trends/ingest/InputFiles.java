package com.lcnews.trends.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The page files named by paths: files as given, folders walked recursively (hidden files and sidecars left out). */
final class InputFiles {

	/** A file to ingest, or a path that could not be used, with the reason. */
	record Entry(Path path, String problem) {
	}

	private InputFiles() {
	}

	static List<Entry> collect(List<Path> paths) {
		List<Entry> entries = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isRegularFile(path)) {
				entries.add(new Entry(path, null));
			}
			else if (Files.isDirectory(path)) {
				walk(path, entries);
			}
			else {
				entries.add(new Entry(path, "no such file or folder"));
			}
		}
		return entries;
	}

	private static void walk(Path folder, List<Entry> entries) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> !p.getFileName().toString().endsWith(PageMetadata.SIDECAR_SUFFIX))
				.sorted()
				.forEach(p -> entries.add(new Entry(p, null)));
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			entries.add(new Entry(folder, "cannot list folder: " + ex.getMessage()));
		}
	}

}
