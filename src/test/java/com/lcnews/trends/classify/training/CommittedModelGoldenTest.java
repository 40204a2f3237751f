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
import com.lcnews.trends.classify.VectorCodec;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;

/**
 * The committed default model must load on a fresh clone and keep predicting what it predicted when it was
 * committed (golden file, written by the {@code predict} command with that model); retraining and committing a new
 * model means regenerating the golden file on purpose. The model reads sentence vectors, so the real embedding model
 * runs here; its int8 arithmetic may differ in the last digits between processors, hence the tolerance.
 */
class CommittedModelGoldenTest {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/classify");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static ModelArtifacts artifacts(WekaTrainingService engine) {
		return new ModelArtifacts(Path.of("target/none"), engine);
	}

	@Test
	void defaultModelIsCommittedSmallAndLoadable() throws Exception {
		var model = ModelArtifacts.bundledDefault().orElseThrow();

		assertThat(Files.size(Path.of("models", model.metadata().artifact()))).isLessThan(5L * 1024 * 1024);
		assertThat(artifacts(new WekaTrainingService(null, Encoders::forSpec)).loadBundled(model).topics()).hasSize(11);
		assertThat(model.metadata().recipe()).as("a recipe model of the embedding trainer").isNotNull();
	}

	@Test
	void defaultModelClassifiesStoredVectorsWithoutItsEncoder() throws Exception {
		var model = ModelArtifacts.bundledDefault().orElseThrow();
		var withEncoder = artifacts(new WekaTrainingService(null, Encoders::forSpec)).loadBundled(model);
		var spec = withEncoder.encoder().orElseThrow();
		var offline = artifacts(new WekaTrainingService()).loadBundled(model);
		String text = JSON.readTree(Files.readAllLines(FIXTURES.resolve("golden-texts.jsonl")).get(0)).get("text").asText();
		float[] stored = VectorCodec.decode(VectorCodec.encode(Encoders.forSpec(spec).encode(text)));

		assertThat(offline.classify(text, stored).best()).isEqualTo(withEncoder.classify(text).best());
	}

	@Test
	void defaultModelStillGivesTheGoldenPredictions() throws Exception {
		var classifier = artifacts(new WekaTrainingService(null, Encoders::forSpec))
			.loadBundled(ModelArtifacts.bundledDefault().orElseThrow());
		List<String> texts = Files.readAllLines(FIXTURES.resolve("golden-texts.jsonl"));
		List<String> golden = Files.readAllLines(FIXTURES.resolve("golden-predictions.jsonl"));

		assertThat(golden).hasSameSizeAs(texts);
		for (int i = 0; i < texts.size(); i++) {
			JsonNode expected = JSON.readTree(golden.get(i));
			var prediction = classifier.classify(JSON.readTree(texts.get(i)).get("text").asText());
			assertThat(classifier.model().version()).isEqualTo(expected.get("model").asText());
			assertThat(prediction.best().code()).as(expected.get("id").asText()).isEqualTo(expected.get("best").asText());
			assertThat(prediction.confidence()).isCloseTo(expected.get("confidence").asDouble(), within(2e-3));
		}
	}

}
