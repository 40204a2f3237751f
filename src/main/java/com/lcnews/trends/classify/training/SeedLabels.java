package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the seed label file ({@code seeds/labels.csv}): columns
 * {@code source,ordinal,headline,text_start,topic,secondary_topic,note}. Topics are checked against the taxonomy; an
 * unknown topic, a bad ordinal or a missing column is an error naming the file and line.
 */
final class SeedLabels {

	private static final Set<String> COLUMNS = Set.of("source", "ordinal", "headline", "text_start", "topic",
			"secondary_topic");

	private SeedLabels() {
	}

	static List<SeedLabel> read(Path file, Predicate<String> knownTopic) throws IOException {
		try (Reader reader = com.lcnews.trends.shared.Utf8Files.reader(file)) {
			return parse(reader, file.toAbsolutePath().normalize().toString(), knownTopic);
		}
	}

	static List<SeedLabel> parse(Reader reader, String where, Predicate<String> knownTopic) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		var parser = format.parse(reader);
		if (!parser.getHeaderMap().keySet().containsAll(COLUMNS)) {
			throw new IllegalArgumentException(where + " line 1: the header must name the columns " + COLUMNS);
		}
		List<SeedLabel> labels = new ArrayList<>();
		for (CSVRecord row : parser) {
			int line = (int) row.getParser().getCurrentLineNumber();
			String at = where + " line " + line;
			if (!row.isConsistent()) {
				throw new IllegalArgumentException(at + ": expected " + parser.getHeaderMap().size() + " columns");
			}
			int ordinal;
			try {
				ordinal = Integer.parseInt(row.get("ordinal").strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(at + ": ordinal '" + row.get("ordinal") + "' is not a number");
			}
			var text = LabelFiles.labelled(row.get("headline"), row.get("topic"), row.get("secondary_topic"), at,
					knownTopic);
			labels.add(new SeedLabel(row.get("source").strip(), ordinal, row.get("headline").strip(),
					row.get("text_start").strip(), text.topic(), text.secondaryTopic(), line));
		}
		return labels;
	}

}
