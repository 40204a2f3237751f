package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.shared.SeedFolder;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.weka.WekaTrainingService;
import com.lcnews.trends.quantify.Confusion;
import com.lcnews.trends.quantify.QuantificationTrials;
import com.lcnews.trends.shared.NewsTrendsProperties;
import com.lcnews.trends.shared.Topic;

/**
 * Benchmark (not a test; run with {@code -Dtest=QuantificationBenchmark}): how far raw counting and the corrected
 * estimates are from the true topic shares of collections whose mix differs from the training data's.
 * <ol>
 * <li>THUCNews headlines ({@code -Dbench.thucnews=DIR}, default {@code ../shared/bench/thucnews_titles}): train on
 * dev (characters 1-2 + naive Bayes, 3 × 5-fold CV gives the confusion), classify test, draw collections from test.</li>
 * <li>The seed articles: each of the 5 seed pages held out in turn, a model trained on the other pages (words + naive
 * Bayes, 3 × 5-fold CV), its predictions of the held-out page kept; the confusion is the pooled inner CV
 * confusion of the five models; collections are drawn from the held-out predictions.</li>
 * </ol>
 * Prints a Markdown table (errors in percentage points).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class QuantificationBenchmark {

	static final int TRIALS = Integer.getInteger("bench.trials", 500);

	static final int DRAWS = Integer.getInteger("bench.draws", 200);

	@TempDir
	Path models;

	@Autowired
	TrainingData trainingData;

	@Autowired
	NewsTrendsProperties properties;

	private final WekaTrainingService training = new WekaTrainingService();

	@Test
	void benchmark() throws Exception {
		System.out.println(QuantificationTrials.header());
		Path thucnews = Path.of(System.getProperty("bench.thucnews", "../shared/bench/thucnews_titles"));
		if (Files.isDirectory(thucnews) && !Boolean.getBoolean("bench.seedsOnly")) {
			thucnews(thucnews);
		}
		else {
			System.out.println("(no THUCNews data at " + thucnews.toAbsolutePath() + ")");
		}
		seeds();
	}

	private void thucnews(Path dir) throws Exception {
		List<String> classes = Files.readAllLines(dir.resolve("class.txt"), StandardCharsets.UTF_8)
			.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		List<LabelledText> dev = read(dir.resolve("dev.txt"), classes);
		List<LabelledText> test = read(dir.resolve("test.txt"), classes);
		List<String> topics = List.copyOf(new TreeSet<>(classes));
		var options = new TrainingOptions("thucnews", "chars-1-2", "nbm", List.of("chars-1-2"), List.of("nbm"), 5, 3, 42,
				0.95, false);
		long start = System.nanoTime();
		ModelMetadata m = training.train(dev, topics.stream().map(c -> new TopicDescription(c, List.of(c))).toList(), new ModelMetadata.Source("class.txt", "-", topics.size()),
				new ModelMetadata.Source("dev.txt", "-", dev.size()), options, models, line -> {
				});
		System.err.printf("THUCNews: trained in %.1f s, CV accuracy %.3f, threshold %.2f%n",
				(System.nanoTime() - start) / 1e9, m.evaluation().accuracy(), m.abstainThreshold());
		TopicClassifier model = training.load(models.resolve(m.version() + ".json"));
		List<QuantificationTrials.HeldOut> heldOut = new ArrayList<>();
		for (LabelledText t : test) {
			heldOut.add(heldOut(model.classify(t.text()), t.topic(), m.evaluation().labels()));
		}
		Confusion confusion = new Confusion(m.evaluation().labels(), m.evaluation().confusion(), m.evaluation().repeats());
		report("THUCNews", new QuantificationTrials(topics.size(), heldOut, confusion));
	}

	private void seeds() throws Exception {
		var loaded = trainingData.load(List.of(), (Path) null, null, false);
		Map<Integer, String> pageOfLine = new HashMap<>();
		try (SeedFolder folder = properties.seedsDir() != null ? SeedFolder.of(properties.seedsDir())
				: SeedFolder.bundledCopy()) {
			SeedLabels.read(folder.labels(), code -> true).forEach(l -> pageOfLine.put(l.line(), l.source()));
		}
		Map<String, List<LabelledText>> byPage = new HashMap<>();
		for (LabelledText t : loaded.texts()) {
			int line = Integer.parseInt(t.origin().replaceAll(".* line (\\d+).*", "$1"));
			byPage.computeIfAbsent(pageOfLine.get(line), k -> new ArrayList<>()).add(t);
		}
		List<String> topics = loaded.topics();
		int[][] pooled = new int[topics.size()][topics.size()];
		List<QuantificationTrials.HeldOut> heldOut = new ArrayList<>();
		var options = new TrainingOptions("seedbench", "words", "nbm", List.of("words"), List.of("nbm"), 5, 3, 42, 0.8,
				false);
		for (String page : byPage.keySet()) {
			List<LabelledText> rest = byPage.entrySet().stream().filter(e -> !e.getKey().equals(page))
				.flatMap(e -> e.getValue().stream()).toList();
			ModelMetadata m = training.train(rest, loaded.descriptions(), loaded.taxonomy(), loaded.data(), options, models, line -> {
			});
			int[][] c = m.evaluation().confusion();
			List<String> labelsOfModel = m.evaluation().labels();
			for (int i = 0; i < c.length; i++) {
				for (int j = 0; j < c.length; j++) {
					pooled[topics.indexOf(labelsOfModel.get(i))][topics.indexOf(labelsOfModel.get(j))] += c[i][j];
				}
			}
			TopicClassifier model = training.load(models.resolve(m.version() + ".json"));
			for (LabelledText t : byPage.get(page)) {
				heldOut.add(heldOut(model.classify(t.text()), t.topic(), topics));
			}
		}
		// every text sits in the training data of (pages - 1) of the models, each predicting it 3 times
		Confusion confusion = new Confusion(topics, pooled, 3 * (byPage.size() - 1));
		System.err.printf("seeds: %d held-out predictions over %d pages%n", heldOut.size(), byPage.size());
		report("seeds", new QuantificationTrials(topics.size(), heldOut, confusion));
	}

	private static void report(String name, QuantificationTrials trials) {
		for (int n : new int[] { 50, 200, 1000 }) {
			for (double alpha : new double[] { 0.5, 2 }) {
				System.out.println(trials.run(n, alpha, TRIALS, 42 + n, DRAWS).row(name));
			}
		}
	}

	private static QuantificationTrials.HeldOut heldOut(Prediction p, Topic actual, List<String> labels) {
		double[] scores = new double[labels.size()];
		p.scores().forEach((topic, score) -> scores[labels.indexOf(topic.code())] = score);
		return new QuantificationTrials.HeldOut(labels.indexOf(actual.code()), labels.indexOf(p.best().code()),
				p.unclassified(), scores);
	}

	private static List<LabelledText> read(Path file, List<String> classes) throws IOException {
		List<LabelledText> texts = new ArrayList<>();
		int line = 0;
		for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			line++;
			String[] parts = row.split("\t");
			if (parts.length == 2) {
				texts.add(LabelledText.of(parts[0], classes.get(Integer.parseInt(parts[1].strip())), file + " line " + line));
			}
		}
		return texts;
	}

}
