package com.lcnews.trends.classify.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;

/**
 * The committed, promoted model must load on a fresh clone and keep predicting what it predicted when it was
 * committed (golden file, written by the {@code predict} command with that model); retraining and promoting a new
 * model means regenerating the golden file on purpose. The model reads sentence vectors, so the real embedding model
 * runs here; its int8 arithmetic may differ in the last digits between processors, hence the tolerance.
 */
class CommittedModelGoldenTest {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/classify");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void promotedModelIsCommittedSmallAndLoadable() throws Exception {
		var store = new FileModelStore(Path.of("models"), new WekaTrainingService(null, Encoders::forSpec));
		String version = store.promotedVersion().orElseThrow();

		assertThat(Files.size(Path.of("models", store.metadata(version).artifact()))).isLessThan(5L * 1024 * 1024);
		assertThat(store.loadPromoted().topics()).hasSize(11);
		assertThat(store.metadata(version).recipe()).as("a recipe model of the embedding trainer").isNotNull();
	}

	@Test
	void promotedModelClassifiesStoredVectorsWithoutItsEncoder() throws Exception {
		var store = new FileModelStore(Path.of("models"), new WekaTrainingService(null, Encoders::forSpec));
		var withEncoder = store.loadPromoted();
		var spec = withEncoder.encoder().orElseThrow();
		var offline = new FileModelStore(Path.of("models"), new WekaTrainingService()).loadPromoted();
		String text = JSON.readTree(Files.readAllLines(FIXTURES.resolve("golden-texts.jsonl")).get(0)).get("text").asText();
		float[] stored = com.lcnews.trends.classify.VectorCodec
			.decode(com.lcnews.trends.classify.VectorCodec.encode(Encoders.forSpec(spec).encode(text)));

		assertThat(offline.classify(text, stored).best()).isEqualTo(withEncoder.classify(text).best());
	}

	@Test
	void promotedModelStillGivesTheGoldenPredictions() throws Exception {
		var classifier = new FileModelStore(Path.of("models"), new WekaTrainingService(null, Encoders::forSpec)).loadPromoted();
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
