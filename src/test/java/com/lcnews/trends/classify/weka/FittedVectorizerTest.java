package com.lcnews.trends.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.text.TextNormalizer;
import com.lcnews.trends.classify.text.TextSegmenter;
import com.lcnews.trends.classify.text.TextSegmenters;
import com.lcnews.trends.shared.Topic;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.StringToWordVector;

/** The compiled vectorizer gives the fitted filter's instances bit for bit, and the learner then its distributions. */
class FittedVectorizerTest {

	private static final List<String> TOPICS = List.of("education", "poverty", "notice");

	private static final TextSegmenter WORDS = TextSegmenters.forName("words");

	private static List<String> vocabulary;

	private static FilteredClassifier pipeline;

	private static FittedVectorizer compiled;

	@BeforeContainer
	static void train() throws Exception {
		var mapper = new ObjectMapper();
		List<String> tokenStrings = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (String json : Files.readAllLines(Path.of("src/test/resources/fixtures/classify/labelled.jsonl"))) {
			var node = mapper.readTree(json);
			tokenStrings.add(WORDS.tokenString(node.get("text").asText()));
			labels.add(node.get("label").asText());
		}
		Instances data = WekaRecipes.dataset(TOPICS, tokenStrings, labels);
		pipeline = WekaRecipes.pipeline("nbm", 42);
		pipeline.buildClassifier(data);
		compiled = FittedVectorizer.of((StringToWordVector) pipeline.getFilter(), WekaRecipes.header(TOPICS))
			.orElseThrow();
		vocabulary = new ArrayList<>();
		for (String tokens : tokenStrings) {
			vocabulary.addAll(List.of(tokens.split(" ")));
		}
	}

	@Property(tries = 1000)
	void sameInstanceAsTheFilter(@ForAll("tokenLists") List<String> tokens) throws Exception {
		Instance expected = pipelineFilter(String.join(" ", tokens));
		Instance actual = compiled.vectorize(tokens, compiled.newCounts(), new Instances(compiled.outputFormat(), 0));

		assertThat(FittedVectorizer.same(expected, actual)).as("%s%nfilter:   %s%ncompiled: %s", tokens, expected, actual)
			.isTrue();
		assertThat(pipeline.getClassifier().distributionForInstance(actual))
			.containsExactly(pipeline.distributionForInstance(WekaRecipes.unlabelled(WekaRecipes.header(TOPICS),
					String.join(" ", tokens))));
	}

	@Example
	void countingSpaceIsClearedBetweenTexts() throws Exception {
		FittedVectorizer.Counts counts = compiled.newCounts();
		Instances dataset = new Instances(compiled.outputFormat(), 0);
		List<String> first = vocabulary.subList(0, 30);
		List<String> second = vocabulary.subList(10, 50);

		compiled.vectorize(first, counts, dataset);
		Instance again = compiled.vectorize(second, counts, dataset);

		assertThat(FittedVectorizer.same(pipelineFilter(String.join(" ", second)), again)).isTrue();
	}

	@Example
	void aFilterOfAnotherConfigurationIsNotCompiled() throws Exception {
		FilteredClassifier lowerCasing = WekaRecipes.pipeline("nbm", 42);
		((StringToWordVector) lowerCasing.getFilter()).setLowerCaseTokens(true);
		lowerCasing.buildClassifier(WekaRecipes.dataset(TOPICS, List.of("a b", "c d", "e f"), TOPICS));

		assertThat(FittedVectorizer.of((StringToWordVector) lowerCasing.getFilter(), WekaRecipes.header(TOPICS)))
			.isEmpty();
	}

	@Example
	void loadedModelsTakeTheCompiledPath() throws Exception {
		var classifier = classifier();

		assertThat(classifier.compiled()).isTrue();
		assertThat(classifier.classify("扶贫干部走访贫困户").best().code()).isEqualTo("poverty");
	}

	@Example
	void compiledPathGivesThePipelinesScoresOnWholeTexts() throws Exception {
		var classifier = classifier();
		List<String> texts = new ArrayList<>(texts());
		try (var pages = Files.list(Path.of("seeds", "pages"))) {
			for (Path page : pages.sorted().toList()) {
				texts.add(Files.readString(page));
			}
		}
		for (String text : texts) {
			double[] expected = pipeline.distributionForInstance(
					WekaRecipes.unlabelled(WekaRecipes.header(TOPICS), WORDS.tokenString(text)));
			var scores = classifier.classify(text).scores();
			double[] actual = TOPICS.stream().mapToDouble(t -> scores.get(new Topic(t))).toArray();

			assertThat(actual).containsExactly(Calibrator.scale(expected, 1.0));
		}
	}

	@Provide
	Arbitrary<List<String>> tokenLists() {
		Arbitrary<String> known = Arbitraries.of(vocabulary);
		Arbitrary<String> other = Arbitraries.of("未知", "x", "", "a b", "聊城 扶贫", TextNormalizer.normalize("ＡＢ"));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, known), net.jqwik.api.Tuple.of(1, other))
			.list()
			.ofMaxSize(120);
	}

	/** The trained pipeline as the application loads it, without calibration (temperature 1). */
	private static WekaTopicClassifier classifier() {
		return new WekaTopicClassifier(pipeline, WekaRecipes.header(TOPICS), WORDS, new ModelInfo("t",
				java.time.Instant.EPOCH, TOPICS.stream().map(Topic::new).toList(), 0.5, "test"), 1.0);
	}

	private static List<String> texts() throws Exception {
		var mapper = new ObjectMapper();
		List<String> texts = new ArrayList<>();
		for (String json : Files.readAllLines(Path.of("src/test/resources/fixtures/classify/labelled.jsonl"))) {
			texts.add(mapper.readTree(json).get("text").asText());
		}
		return texts;
	}

	private static Instance pipelineFilter(String tokens) throws Exception {
		StringToWordVector filter = (StringToWordVector) pipeline.getFilter();
		filter.input(WekaRecipes.unlabelled(WekaRecipes.header(TOPICS), tokens));
		filter.batchFinished();
		return filter.output();
	}

}
