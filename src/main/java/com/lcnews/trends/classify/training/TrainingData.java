package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.shared.NewsTrendsProperties;
import com.lcnews.trends.shared.SeedFolder;
import com.lcnews.trends.shared.TopicCatalog;

/**
 * Loads labelled data for training and evaluation: plain labelled files, or by default the seed labels joined to the
 * seed pages; and the topic list they are checked against (the store's taxonomy given by the caller, a taxonomy file,
 * or the labels themselves for external benchmarks).
 */
@Component
class TrainingData {

	/** Labelled texts with the topics, the taxonomy and data sources, and warnings (unmatched seed labels). */
	record Loaded(List<LabelledText> texts, List<String> topics, ModelMetadata.Source taxonomy,
			ModelMetadata.Source data, List<String> warnings, List<TopicDescription> descriptions) {
	}

	private final NewsTrendsProperties properties;

	private final ObjectProvider<SeedPageExtractor> extractor;

	TrainingData(NewsTrendsProperties properties, ObjectProvider<SeedPageExtractor> extractor) {
		this.properties = properties;
		this.extractor = extractor;
	}

	/**
	 * Topics given by the caller, e.g. the active topics of the store's taxonomy. With {@code leaveOut}, labels of any
	 * other topic (retired, unknown) are left out with a warning; without, they are an error naming file and line.
	 */
	record GivenTopics(List<TopicDescription> descriptions, ModelMetadata.Source taxonomy, boolean leaveOut) {

		/** Topics described by the taxonomy {@code where}, identified by their descriptions' fingerprint. */
		static GivenTopics of(List<TopicDescription> descriptions, String where, boolean leaveOut) {
			return new GivenTopics(List.copyOf(descriptions), new ModelMetadata.Source(where,
					TopicDescription.fingerprint(descriptions), descriptions.size()), leaveOut);
		}

	}

	/** Where topics come from and how labels are checked against them. */
	private record Topics(List<String> codes, List<TopicDescription> descriptions, ModelMetadata.Source taxonomy,
			Predicate<String> known, boolean leaveOut) {
	}

	/**
	 * @param files labelled files; empty means seed labels joined to seed pages
	 * @param seeds the seed folder when {@code files} is empty; null for {@code newstrends.seeds-dir} or the bundled
	 * seeds
	 * @param topicsFile the taxonomy, null for the seed folder's
	 * @param topicsFromData accept any topic code found in the data (benchmarks with their own classes)
	 */
	Loaded load(List<Path> files, Path seeds, Path topicsFile, boolean topicsFromData) throws IOException {
		try (SeedFolder folder = folder(seeds)) {
			return load(files, folder, topicsFromData ? null : fileTopics(folder, topicsFile));
		}
	}

	/**
	 * As {@link #load(List, Path, Path, boolean)} with topics given by the caller (the store's taxonomy).
	 */
	Loaded load(List<Path> files, Path seeds, GivenTopics given) throws IOException {
		Set<String> codes = given.descriptions().stream().map(TopicDescription::code).collect(Collectors.toSet());
		try (SeedFolder folder = folder(seeds)) {
			return load(files, folder, new Topics(given.descriptions().stream().map(TopicDescription::code).toList(),
					given.descriptions(), given.taxonomy(), codes::contains, given.leaveOut()));
		}
	}

	private SeedFolder folder(Path seeds) throws IOException {
		return seeds != null ? SeedFolder.of(seeds)
				: properties.seedsDir() != null ? SeedFolder.of(properties.seedsDir()) : SeedFolder.bundledCopy();
	}

	private static Topics fileTopics(SeedFolder seeds, Path topicsFile) throws IOException {
		Path taxonomyFile = topicsFile == null ? seeds.topics() : topicsFile;
		String taxonomyName = topicsFile == null && seeds.bundled() ? SeedFolder.BUNDLED + "topics.csv"
				: taxonomyFile.toAbsolutePath().normalize().toString();
		TopicCatalog catalog = TopicCatalog.read(taxonomyFile);
		List<String> codes = catalog.activeTopics().stream().map(t -> t.code()).toList();
		var taxonomy = new ModelMetadata.Source(taxonomyName,
				sha256(Files.readString(taxonomyFile, StandardCharsets.UTF_8)), codes.size());
		return new Topics(codes, TopicDescription.active(catalog), taxonomy, codes::contains, false);
	}

	/** Topics null: taken from the labels themselves. */
	private Loaded load(List<Path> files, SeedFolder seeds, Topics topics) throws IOException {
		Predicate<String> known = topics == null || topics.leaveOut() ? code -> code.matches("[a-z][a-z0-9_]{0,31}")
				: topics.known();
		List<LabelledText> texts = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		String where;
		if (files.isEmpty()) {
			List<SeedLabel> seedLabels = SeedLabels.read(seeds.labels(), known);
			where = seeds.bundled() ? SeedFolder.BUNDLED + "labels.csv" : seeds.labels().toAbsolutePath().normalize().toString();
			var corpus = new SeedCorpusReader(extractor.getObject()).read(seedLabels, seeds.pages(), where);
			texts.addAll(corpus.texts());
			warnings.addAll(corpus.unmatched());
		}
		else {
			for (Path file : files) {
				texts.addAll(LabelFiles.read(file, known));
			}
			where = String.join(",", files.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
		}
		if (topics != null && topics.leaveOut()) {
			texts = new ArrayList<>(leaveOut(texts, topics, warnings));
		}
		var checked = TrainingSetCheck.deduplicate(texts);
		texts = new ArrayList<>(checked.texts());
		warnings.addAll(checked.warnings());
		if (topics == null) {
			List<String> codes = List.copyOf(new TreeSet<>(texts.stream().map(t -> t.topic().code()).toList()));
			topics = new Topics(codes, TopicDescription.ofCodes(codes),
					new ModelMetadata.Source("labels of the training data", sha256(codes.toString()), codes.size()),
					c -> true, false);
		}
		return new Loaded(texts, topics.codes(), topics.taxonomy(),
				new ModelMetadata.Source(where, dataHash(texts), texts.size()), warnings, topics.descriptions());
	}

	/**
	 * The texts whose topic is one of the given ones; the others are counted per topic into one warning each.
	 */
	private static List<LabelledText> leaveOut(List<LabelledText> texts, Topics topics, List<String> warnings) {
		Map<String, List<LabelledText>> left = new TreeMap<>();
		List<LabelledText> kept = new ArrayList<>();
		for (LabelledText t : texts) {
			if (topics.known().test(t.topic().code())) {
				kept.add(t);
			}
			else {
				left.computeIfAbsent(t.topic().code(), k -> new ArrayList<>()).add(t);
			}
		}
		left.forEach((code, labels) -> warnings.add(labels.size() + " label(s) of topic '" + code + "' left out: it is "
				+ "retired or unknown in the taxonomy " + topics.taxonomy().path() + " (first: " + labels.get(0).origin()
				+ ")"));
		return kept;
	}

	/** SHA-256 over the (topic, text) pairs in order: the identity of the training data, independent of file layout. */
	static String dataHash(List<LabelledText> texts) {
		StringBuilder all = new StringBuilder();
		for (LabelledText t : texts) {
			all.append(t.topic().code()).append('\t').append(t.text().replace('\n', ' ')).append('\n');
		}
		return sha256(all.toString());
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
