package com.lcnews.trends.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading UTF-8 data files the way people save them: a leading byte-order mark (what Excel writes) is skipped. */
public final class Utf8Files {

	private static final char BOM = '\uFEFF';

	private Utf8Files() {
	}

	/** A reader of a UTF-8 file, positioned after its byte-order mark if it has one. */
	public static BufferedReader reader(Path file) throws IOException {
		BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		reader.mark(1);
		int first = reader.read();
		if (first != BOM) {
			reader.reset();
		}
		return reader;
	}

}
