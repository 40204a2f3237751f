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
import java.util.TreeSet;
import java.util.function.Predicate;

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
 * seed pages; and the topic list they are checked against (the taxonomy file, or the labels themselves for external
 * benchmarks).
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
	 * @param files labelled files; empty means seed labels joined to seed pages
	 * @param seeds the seed folder when {@code files} is empty; null for {@code newstrends.seeds-dir} or the bundled
	 * seeds
	 * @param topicsFile the taxonomy, null for the seed folder's
	 * @param topicsFromData accept any topic code found in the data (benchmarks with their own classes)
	 */
	Loaded load(List<Path> files, Path seeds, Path topicsFile, boolean topicsFromData) throws IOException {
		try (SeedFolder folder = seeds != null ? SeedFolder.of(seeds)
				: properties.seedsDir() != null ? SeedFolder.of(properties.seedsDir()) : SeedFolder.bundledCopy()) {
			return load(files, folder, topicsFile, topicsFromData);
		}
	}

	private Loaded load(List<Path> files, SeedFolder seeds, Path topicsFile, boolean topicsFromData) throws IOException {
		Path taxonomyFile = topicsFile == null ? seeds.topics() : topicsFile;
		String taxonomyName = topicsFile == null && seeds.bundled() ? SeedFolder.BUNDLED + "topics.csv"
				: taxonomyFile.toAbsolutePath().normalize().toString();
		TopicCatalog catalog = topicsFromData ? null : TopicCatalog.read(taxonomyFile);
		Predicate<String> known = topicsFromData ? code -> code.matches("[a-z][a-z0-9_]{0,31}")
				: code -> catalog.activeTopics().stream().anyMatch(t -> t.code().equals(code));
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
		var checked = TrainingSetCheck.deduplicate(texts);
		texts = new ArrayList<>(checked.texts());
		warnings.addAll(checked.warnings());
		List<String> topics = topicsFromData
				? List.copyOf(new TreeSet<>(texts.stream().map(t -> t.topic().code()).toList()))
				: catalog.activeTopics().stream().map(t -> t.code()).toList();
		var taxonomy = topicsFromData ? new ModelMetadata.Source("labels of the training data", sha256(topics.toString()), topics.size())
				: new ModelMetadata.Source(taxonomyName, sha256(Files.readString(taxonomyFile, StandardCharsets.UTF_8)), topics.size());
		List<TopicDescription> descriptions = topicsFromData ? TopicDescription.ofCodes(topics)
				: catalog.all().stream().filter(TopicCatalog.Entry::active)
					.map(e -> new TopicDescription(e.topic().code(), e.zeroShotTexts())).toList();
		return new Loaded(texts, topics, taxonomy, new ModelMetadata.Source(where, dataHash(texts), texts.size()), warnings,
				descriptions);
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
