package com.lcnews.trends.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The topic taxonomy, read from a CSV data file ({@code seeds/topics.csv} by default) with the columns
 * {@code code,name_zh,name_en,status,description}. Retired topics stay known (old labels and models name them)
 * but are not offered for new labels.
 */
public final class TopicCatalog {

	/** One topic of the taxonomy. */
	public record Entry(Topic topic, String nameZh, String nameEn, boolean active, String description) {

		/** Display name for a locale: Chinese for {@code zh}, English otherwise. */
		public String displayName(Locale locale) {
			return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
		}

	}

	private final Map<Topic, Entry> entries;

	private TopicCatalog(Map<Topic, Entry> entries) {
		this.entries = entries;
	}

	/**
	 * Reads a taxonomy file.
	 * @throws IOException when the file cannot be read
	 * @throws IllegalArgumentException naming the file and line of a malformed or duplicate entry
	 */
	public static TopicCatalog read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(reader, file.toString());
		}
	}

	/** Parses taxonomy CSV text; {@code where} names the source in error messages. */
	public static TopicCatalog parse(Reader reader, String where) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		Map<Topic, Entry> entries = new LinkedHashMap<>();
		for (CSVRecord row : format.parse(reader)) {
			String at = where + " line " + row.getParser().getCurrentLineNumber();
			if (!row.isConsistent()) {
				throw new IllegalArgumentException(at + ": expected 5 columns code,name_zh,name_en,status,description");
			}
			Topic topic;
			try {
				topic = new Topic(row.get("code"));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(at + ": " + ex.getMessage(), ex);
			}
			String status = row.get("status");
			if (!status.equals("active") && !status.equals("retired")) {
				throw new IllegalArgumentException(at + ": status must be active or retired, not '" + status + "'");
			}
			Entry entry = new Entry(topic, row.get("name_zh"), row.get("name_en"), status.equals("active"),
					row.get("description"));
			if (entries.putIfAbsent(topic, entry) != null) {
				throw new IllegalArgumentException(at + ": topic '" + topic + "' is defined twice");
			}
		}
		if (entries.isEmpty()) {
			throw new IllegalArgumentException(where + ": the taxonomy has no topics");
		}
		return new TopicCatalog(entries);
	}

	/** All topics, retired ones included, in file order. */
	public List<Entry> all() {
		return List.copyOf(entries.values());
	}

	/** The active topics in file order. */
	public List<Topic> activeTopics() {
		return entries.values().stream().filter(Entry::active).map(Entry::topic).toList();
	}

	/** The entry of a topic code, if the taxonomy knows it. */
	public Optional<Entry> find(String code) {
		try {
			return Optional.ofNullable(entries.get(new Topic(code)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Display name of a topic code, or the code itself when the taxonomy does not know it. */
	public String displayName(String code, Locale locale) {
		return find(code).map(e -> e.displayName(locale)).orElse(code);
	}

}
