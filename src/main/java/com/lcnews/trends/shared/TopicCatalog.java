package com.lcnews.trends.shared;

import java.io.IOException;
import java.io.Reader;
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
 * {@code code,name_zh,name_en,status,description} and, optionally, {@code description_zh} (what belongs to the topic,
 * in the newsroom's Chinese) and {@code keywords_zh} (its typical words, separated by {@code ;}, {@code 、} or
 * {@code ，}). Older five-column files still read. The Chinese description and keywords are what a zero-shot
 * classifier reads (see {@link Entry#zeroShotTexts()}). Retired topics stay known (old labels and models name them)
 * but are not offered for new labels. A UTF-8 byte-order mark is skipped.
 */
public final class TopicCatalog {

	/**
	 * One topic of the taxonomy.
	 *
	 * @param description what belongs here, in English (for people)
	 * @param descriptionZh what belongs here, in Chinese; empty when not given
	 * @param keywordsZh typical Chinese words; empty when not given
	 */
	public record Entry(Topic topic, String nameZh, String nameEn, boolean active, String description,
			String descriptionZh, List<String> keywordsZh) {

		public Entry {
			descriptionZh = descriptionZh == null ? "" : descriptionZh.strip();
			keywordsZh = keywordsZh == null ? List.of() : List.copyOf(keywordsZh);
		}

		/** An entry of a five-column file: no Chinese description, no keywords. */
		public Entry(Topic topic, String nameZh, String nameEn, boolean active, String description) {
			this(topic, nameZh, nameEn, active, description, "", List.of());
		}

		/**
		 * The texts that describe the topic to a zero-shot classifier: the Chinese name with the Chinese description,
		 * and the keywords as one line. Fallback for a topic with neither: its Chinese name (else English name, else
		 * code) alone.
		 */
		public List<String> zeroShotTexts() {
			String name = !nameZh.isBlank() ? nameZh : !nameEn.isBlank() ? nameEn : topic.code();
			List<String> texts = new java.util.ArrayList<>();
			texts.add(descriptionZh.isEmpty() ? name : name + "：" + descriptionZh);
			if (!keywordsZh.isEmpty()) {
				texts.add(String.join("、", keywordsZh));
			}
			return List.copyOf(texts);
		}

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
		try (Reader reader = Utf8Files.reader(file)) {
			return parse(reader, file.toAbsolutePath().normalize().toString());
		}
	}

	/** Parses taxonomy CSV text; {@code where} names the source in error messages. */
	public static TopicCatalog parse(Reader reader, String where) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		Map<Topic, Entry> entries = new LinkedHashMap<>();
		var parser = format.parse(reader);
		boolean chinese = parser.getHeaderMap().containsKey("description_zh");
		boolean keywords = parser.getHeaderMap().containsKey("keywords_zh");
		for (CSVRecord row : parser) {
			String at = where + " line " + row.getParser().getCurrentLineNumber();
			if (!row.isConsistent()) {
				throw new IllegalArgumentException(at + ": expected " + parser.getHeaderMap().size()
						+ " columns code,name_zh,name_en,status,description[,description_zh,keywords_zh]");
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
					row.get("description"), chinese ? row.get("description_zh") : "",
					keywords ? keywords(row.get("keywords_zh")) : List.of());
			if (entries.putIfAbsent(topic, entry) != null) {
				throw new IllegalArgumentException(at + ": topic '" + topic + "' is defined twice");
			}
		}
		if (entries.isEmpty()) {
			throw new IllegalArgumentException(where + ": the taxonomy has no topics");
		}
		return new TopicCatalog(entries);
	}

	/** Keywords separated by {@code ;}, {@code ；}, {@code 、}, {@code ，} or {@code ,}; blanks dropped. */
	public static List<String> keywords(String cell) {
		return java.util.Arrays.stream(cell.split("[;；、，,]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
	}

	/** A catalog of given entries (tests, and topics edited elsewhere than in a file). */
	public static TopicCatalog of(List<Entry> entries) {
		Map<Topic, Entry> map = new LinkedHashMap<>();
		entries.forEach(e -> map.put(e.topic(), e));
		return new TopicCatalog(map);
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
