package com.lcnews.trends.classify.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The segmentation schemes a model can be trained with, by stable name:
 * <ul>
 * <li>{@code chars-1-2}: character unigrams and bigrams, no dictionary;</li>
 * <li>{@code words}: HanLP dictionary words, place names of the division table kept whole;</li>
 * <li>{@code words+bigrams}: those words plus the character bigrams inside longer words.</li>
 * </ul>
 * Segmenters are built once per name and shared (they are thread-safe).
 */
public final class TextSegmenters {

	/** Names accepted by {@link #forName(String)}. */
	public static final List<String> NAMES = List.of("chars-1-2", "words", "words+bigrams");

	private static final String DIVISIONS = "/data/liaocheng_divisions.csv";

	private static final Map<String, TextSegmenter> CACHE = new ConcurrentHashMap<>();

	private TextSegmenters() {
	}

	/**
	 * The segmenter of a scheme name.
	 * @throws IllegalArgumentException for an unknown name, listing the known ones
	 */
	public static TextSegmenter forName(String name) {
		if (!NAMES.contains(name)) {
			throw new IllegalArgumentException("Unknown segmenter '" + name + "'; known: " + NAMES);
		}
		return CACHE.computeIfAbsent(name, TextSegmenters::create);
	}

	private static TextSegmenter create(String name) {
		return switch (name) {
			case "chars-1-2" -> new CharacterNgramSegmenter(1, 2);
			case "words" -> new HanLpSegmenter(divisionNames(), false, name);
			default -> new HanLpSegmenter(divisionNames(), true, name);
		};
	}

	/** Town, street and county names of the division table (columns {@code name} and {@code county_name}). */
	static Set<String> divisionNames() {
		Set<String> names = new LinkedHashSet<>();
		try (InputStream in = TextSegmenters.class.getResourceAsStream(DIVISIONS)) {
			if (in == null) {
				throw new IllegalStateException("Division table missing from the classpath: " + DIVISIONS);
			}
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
			CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
			for (CSVRecord row : format.parse(reader)) {
				names.add(row.get("name"));
				names.add(row.get("county_name"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the division table " + DIVISIONS, ex);
		}
		names.removeIf(String::isBlank);
		return names;
	}

}
