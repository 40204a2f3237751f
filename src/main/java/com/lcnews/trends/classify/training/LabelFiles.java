package com.lcnews.trends.classify.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.Utf8Files;

/**
 * Reads plain labelled files: JSON Lines ({@code .jsonl}, objects with {@code text} and {@code label}, optional
 * {@code secondary} and {@code group}) or CSV with a header naming {@code text} and {@code label} (optional
 * {@code secondary} and {@code group}, e.g. the source page: texts of one group are held out together in
 * cross-validation). UTF-8, with or without a byte-order mark. Every label must be a known topic; an error names the
 * file by its full path and the line.
 */
final class LabelFiles {

	private static final ObjectMapper JSON = new ObjectMapper();

	private LabelFiles() {
	}

	/**
	 * Reads a labelled file, checking every label with {@code knownTopic}.
	 * @throws IllegalArgumentException naming file and line of a malformed record or unknown topic
	 */
	static List<LabelledText> read(Path file, Predicate<String> knownTopic) throws IOException {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		String where = file.toAbsolutePath().normalize().toString();
		try (BufferedReader reader = Utf8Files.reader(file)) {
			return name.endsWith(".csv") ? readCsv(reader, where, knownTopic) : readJsonLines(reader, where, knownTopic);
		}
	}

	static List<LabelledText> readJsonLines(BufferedReader reader, String where, Predicate<String> knownTopic)
			throws IOException {
		List<LabelledText> texts = new ArrayList<>();
		String line;
		int lineNo = 0;
		while ((line = reader.readLine()) != null) {
			lineNo++;
			if (line.isBlank()) {
				continue;
			}
			String at = where + " line " + lineNo;
			JsonNode node;
			try {
				node = JSON.readTree(line);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalArgumentException(at + ": not a JSON object: " + ex.getOriginalMessage());
			}
			texts.add(labelled(text(node, "text"), text(node, "label"), text(node, "secondary"), at, knownTopic)
				.withGroup(text(node, "group")));
		}
		return texts;
	}

	static List<LabelledText> readCsv(Reader reader, String where, Predicate<String> knownTopic) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		List<LabelledText> texts = new ArrayList<>();
		var parser = format.parse(reader);
		if (!parser.getHeaderMap().containsKey("text") || !parser.getHeaderMap().containsKey("label")) {
			throw new IllegalArgumentException(where + " line 1: the header must name the columns text and label");
		}
		boolean hasSecondary = parser.getHeaderMap().containsKey("secondary");
		boolean hasGroup = parser.getHeaderMap().containsKey("group");
		for (CSVRecord row : parser) {
			String at = where + " line " + row.getParser().getCurrentLineNumber();
			if (!row.isConsistent()) {
				throw new IllegalArgumentException(at + ": expected " + parser.getHeaderMap().size() + " columns");
			}
			texts.add(labelled(row.get("text"), row.get("label"), hasSecondary ? row.get("secondary") : null, at,
					knownTopic).withGroup(hasGroup && !row.get("group").isBlank() ? row.get("group").strip() : null));
		}
		return texts;
	}

	/** A labelled text after checking both topics; blank secondary means none. */
	static LabelledText labelled(String text, String label, String secondary, String at, Predicate<String> knownTopic) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(at + ": the text is missing or empty");
		}
		Topic topic = topic(label, at, knownTopic);
		Topic second = secondary == null || secondary.isBlank() ? null : topic(secondary, at, knownTopic);
		return new LabelledText(text, topic, second, at);
	}

	private static Topic topic(String code, String at, Predicate<String> knownTopic) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException(at + ": the label is missing");
		}
		String trimmed = code.strip();
		if (!knownTopic.test(trimmed)) {
			throw new IllegalArgumentException(at + ": unknown topic '" + trimmed + "' (not an active topic of the taxonomy)");
		}
		return new Topic(trimmed);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

}
