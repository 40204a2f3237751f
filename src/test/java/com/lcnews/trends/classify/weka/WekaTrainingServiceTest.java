package com.lcnews.trends.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.shared.Topic;

class WekaTrainingServiceTest {

	private static final List<String> TOPICS = List.of("education", "poverty", "notice");

	private static final List<String> NEW_TEXTS = List.of("聊城实验小学举行家长会，教师介绍学生学习情况。",
			"扶贫干部走访贫困户，帮助贫困群众发展产业。", "某公司公章遗失，声明作废，特此公告。");

	@TempDir
	static Path models;

	static List<LabelledText> fixture;

	static ModelMetadata first;

	static ModelMetadata second;

	@BeforeAll
	static void trainTwice() throws Exception {
		fixture = readFixture();
		WekaTrainingService service = new WekaTrainingService();
		first = service.trainOnCodes(fixture, TOPICS, source("topics"), source("fixture"), options("first"), models, m -> {
		});
		second = service.trainOnCodes(fixture, TOPICS, source("topics"), source("fixture"), options("second"), models, m -> {
		});
	}

	@Test
	void writesTheModelArtifactAndAMetadataSidecar() throws Exception {
		assertThat(models.resolve(first.artifact())).isRegularFile();
		Path sidecar = models.resolve(first.version() + ".json");
		assertThat(sidecar).isRegularFile();
		var json = new ObjectMapper().readTree(sidecar.toFile());
		assertThat(json.path("version").asText()).startsWith("first-");
		assertThat(json.path("topics")).hasSize(3);
		assertThat(json.path("trainingData").path("size").asInt()).isEqualTo(12);
		assertThat(json.path("classCounts").path("notice").asInt()).isEqualTo(4);
		assertThat(json.path("libraries").path("weka").asText()).isEqualTo("3.8.7");
		assertThat(json.path("evaluation").path("confusion")).hasSize(3);
		assertThat(json.path("parameters").asText()).contains("StringToWordVector");
	}

	@Test
	void evaluationReportCoversEveryFoldAndTopic() {
		var report = first.evaluation();

		assertThat(report.size()).isEqualTo(12);
		assertThat(report.perTopic()).extracting(s -> s.topic()).containsExactlyElementsOf(TOPICS);
		int total = java.util.Arrays.stream(report.confusion()).flatMapToInt(java.util.Arrays::stream).sum();
		assertThat(total).isEqualTo(12 * 2);
		assertThat(report.candidates()).hasSize(2).first().extracting(c -> c.verdict()).isEqualTo("best");
		assertThat(report.learningCurve()).hasSize(4);
		assertThat(report.macroF1()).isBetween(0.0, 1.0);
	}

	@Test
	void sameDataAndSeedGiveTheSameMetricsAndPredictions() throws Exception {
		assertThat(second.evaluation().accuracy()).isEqualTo(first.evaluation().accuracy());
		assertThat(second.evaluation().confusion()).isDeepEqualTo(first.evaluation().confusion());
		assertThat(second.learner()).isEqualTo(first.learner());
		TopicClassifier a = load(first);
		TopicClassifier b = load(second);
		for (String text : NEW_TEXTS) {
			assertThat(b.classify(text).confidence()).isCloseTo(a.classify(text).confidence(), within(1e-12));
		}
	}

	@Test
	void loadedModelAssignsTopicsWithProbabilitiesThatSumToOne() throws Exception {
		TopicClassifier classifier = load(first);

		List<Prediction> predictions = NEW_TEXTS.stream().map(classifier::classify).toList();

		assertThat(predictions).extracting(p -> p.best().code()).containsExactly("education", "poverty", "notice");
		for (Prediction p : predictions) {
			assertThat(p.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
			assertThat(p.topic().isPresent()).isEqualTo(p.confidence() >= classifier.model().abstainThreshold());
		}
		assertThat(classifier.topics()).extracting(Topic::code).containsExactlyElementsOf(TOPICS);
	}

	@Test
	void classifyingFromSeveralThreadsGivesTheSameAnswersAsOneThread() throws Exception {
		TopicClassifier classifier = load(first);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			texts.add((NEW_TEXTS.get(i % 3) + fixture.get(i % 12).text()).repeat(1 + i % 5).substring(i % 7));
		}
		List<Double> expected = texts.stream().map(t -> classifier.classify(t).confidence()).toList();
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<Double>>> runs = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				runs.add(pool.submit(() -> texts.stream().map(t -> classifier.classify(t).confidence()).toList()));
			}
			for (var run : runs) {
				assertThat(run.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void labelOutsideTheTopicListIsAnErrorNamingWhereItCameFrom() {
		var bad = new ArrayList<>(fixture);
		bad.add(LabelledText.of("体育比赛", "sports", "extra.jsonl line 13"));

		assertThatThrownBy(() -> new WekaTrainingService().trainOnCodes(bad, TOPICS, source("t"), source("d"), options("bad"),
				models, m -> {
				}))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("extra.jsonl line 13")
			.hasMessageContaining("sports");
	}

	private static TopicClassifier load(ModelMetadata metadata) throws Exception {
		return new WekaTrainingService().load(models.resolve(metadata.version() + ".json"));
	}

	private static TrainingOptions options(String name) {
		return new TrainingOptions(name, "words", "auto", List.of("words"), List.of("nbm", "sgd"), 2, 2, 42, 0.8, true);
	}

	private static ModelMetadata.Source source(String name) {
		return new ModelMetadata.Source(name, "0".repeat(64), 12);
	}

	private static List<LabelledText> readFixture() throws Exception {
		var mapper = new ObjectMapper();
		List<LabelledText> texts = new ArrayList<>();
		int line = 0;
		for (String json : Files.readAllLines(Path.of("src/test/resources/fixtures/classify/labelled.jsonl"))) {
			var node = mapper.readTree(json);
			texts.add(LabelledText.of(node.get("text").asText(), node.get("label").asText(), "labelled.jsonl line " + ++line));
		}
		return texts;
	}

}
