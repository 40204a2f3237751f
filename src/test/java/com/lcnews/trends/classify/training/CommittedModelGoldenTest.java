package com.lcnews.trends.classify.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.weka.WekaTrainingService;

/**
 * The committed default model must load on a fresh clone and keep predicting what it predicted when it was
 * committed (golden file); retraining and promoting a new model means regenerating the golden file on purpose.
 */
class CommittedModelGoldenTest {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/classify");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void defaultModelIsCommittedSmallAndLoadable() throws Exception {
		var model = ModelArtifacts.bundledDefault().orElseThrow();

		assertThat(Files.size(Path.of("models", model.metadata().artifact()))).isLessThan(5L * 1024 * 1024);
		assertThat(new ModelArtifacts(Path.of("target/none"), new WekaTrainingService()).loadBundled(model).topics())
			.hasSize(11);
	}

	@Test
	void defaultModelStillGivesTheGoldenPredictions() throws Exception {
		var classifier = new ModelArtifacts(Path.of("target/none"), new WekaTrainingService())
			.loadBundled(ModelArtifacts.bundledDefault().orElseThrow());
		List<String> texts = Files.readAllLines(FIXTURES.resolve("golden-texts.jsonl"));
		List<String> golden = Files.readAllLines(FIXTURES.resolve("golden-predictions.jsonl"));

		assertThat(golden).hasSameSizeAs(texts);
		for (int i = 0; i < texts.size(); i++) {
			JsonNode expected = JSON.readTree(golden.get(i));
			var prediction = classifier.classify(JSON.readTree(texts.get(i)).get("text").asText());
			assertThat(classifier.model().version()).isEqualTo(expected.get("model").asText());
			assertThat(prediction.best().code()).as(expected.get("id").asText()).isEqualTo(expected.get("best").asText());
			assertThat(prediction.confidence()).isCloseTo(expected.get("confidence").asDouble(), within(1e-4));
		}
	}

}
