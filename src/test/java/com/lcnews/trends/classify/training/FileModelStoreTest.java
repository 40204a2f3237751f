package com.lcnews.trends.classify.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.weka.WekaTrainingService;

class FileModelStoreTest {

	@TempDir
	static Path dir;

	static ModelMetadata trained;

	@BeforeAll
	static void trainOne() throws Exception {
		var texts = LabelFiles.read(Path.of("src/test/resources/fixtures/classify/labelled.jsonl"),
				code -> List.of("education", "poverty", "notice", "health").contains(code));
		var options = new TrainingOptions("fixture", "words", "nbm", List.of("words"), List.of("nbm"), 2, 1, 42, 0.8, false);
		trained = new WekaTrainingService().trainOnCodes(texts, List.of("education", "poverty", "notice"),
				new ModelMetadata.Source("t", "x", 3), new ModelMetadata.Source("d", "y", 12), options, dir, m -> {
				});
	}

	@Test
	void listsModelsAndPromotesOneByWritingPromotedTxt() throws Exception {
		var store = new FileModelStore(dir, new WekaTrainingService());
		assertThat(store.promotedVersion()).isEmpty();

		store.promote(trained.version());

		assertThat(store.list()).extracting(ModelMetadata::version).containsExactly(trained.version());
		assertThat(store.promotedVersion()).contains(trained.version());
		assertThat(Files.readString(dir.resolve("promoted.txt")).strip()).isEqualTo(trained.version());
		assertThat(store.loadPromoted().model().version()).isEqualTo(trained.version());
	}

	@Test
	void loadsByVersionOrBySidecarPath() throws Exception {
		var store = new FileModelStore(dir, new WekaTrainingService());

		assertThat(store.load(trained.version()).classify("扶贫干部走访贫困户").best().code()).isEqualTo("poverty");
		assertThat(store.load(dir.resolve(trained.version() + ".json").toString()).model().version())
			.isEqualTo(trained.version());
	}

	@Test
	void unknownVersionIsAClearError() {
		var store = new FileModelStore(dir, new WekaTrainingService());

		assertThatThrownBy(() -> store.promote("nope-1")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("No model nope-1");
		assertThatThrownBy(() -> store.load("../etc")).hasMessageContaining("Not a model version");
	}

	@Test
	void withoutPromotionLoadingThePromotedModelExplainsWhatToDo() {
		var store = new FileModelStore(dir.resolve("empty"), new WekaTrainingService());

		assertThatThrownBy(store::loadPromoted).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("models --promote");
	}

}
