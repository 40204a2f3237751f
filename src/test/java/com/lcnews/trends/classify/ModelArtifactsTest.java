package com.lcnews.trends.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;

class ModelArtifactsTest {

	@TempDir
	Path home;

	@Test
	void theCommittedModelsAreBundledAndTheNewestIsTheDefault() throws Exception {
		List<ModelArtifacts.Bundled> bundled = ModelArtifacts.bundled();

		assertThat(bundled).isNotEmpty();
		try (Stream<Path> committed = Files.list(Path.of("models"))) {
			assertThat(bundled).extracting(b -> b.metadata().version() + ".json")
				.containsExactlyInAnyOrderElementsOf(committed.map(p -> p.getFileName().toString())
					.filter(n -> n.endsWith(".json"))
					.toList());
		}
		assertThat(ModelArtifacts.bundledDefault().map(b -> b.metadata().version()))
			.contains(bundled.get(bundled.size() - 1).metadata().version());
	}

	@Test
	void installingABundledModelCopiesItOnceIntoTheModelFolderAndLoadsFromThere() throws Exception {
		var artifacts = new ModelArtifacts(home.resolve("models"), new WekaTrainingService(null, Encoders::forSpec));
		var model = ModelArtifacts.bundledDefault().orElseThrow();

		String name = artifacts.install(model);
		long modified = Files.getLastModifiedTime(artifacts.sidecar(name)).toMillis();
		assertThat(artifacts.install(model)).isEqualTo(name);

		assertThat(name).isEqualTo(model.metadata().version() + ".json");
		assertThat(Files.getLastModifiedTime(artifacts.sidecar(name)).toMillis()).isEqualTo(modified);
		assertThat(home.resolve("models").resolve(model.metadata().artifact())).isRegularFile();
		assertThat(artifacts.load(name).model().version()).isEqualTo(model.metadata().version());
	}

	@Test
	void aBundledModelLoadsWithoutWritingAnythingLasting() throws Exception {
		var artifacts = new ModelArtifacts(home.resolve("models"), new WekaTrainingService(null, Encoders::forSpec));
		var model = ModelArtifacts.bundledDefault().orElseThrow();

		TopicClassifier classifier = artifacts.loadBundled(model);

		assertThat(classifier.model().version()).isEqualTo(model.metadata().version());
		assertThat(classifier.classify("扶贫干部走访贫困户，落实帮扶措施").best().code()).isEqualTo("poverty");
		assertThat(home.resolve("models")).doesNotExist();
	}

	@Test
	void sidecarsOutsideTheFolderAreNamedByPathAndAMissingFileIsAClearError() {
		var artifacts = new ModelArtifacts(home.resolve("models"), new WekaTrainingService(null, Encoders::forSpec));

		assertThat(artifacts.artifactName(home.resolve("models").resolve("a.json"))).isEqualTo("a.json");
		assertThat(artifacts.artifactName(home.resolve("elsewhere/b.json")))
			.isEqualTo(home.resolve("elsewhere/b.json").toString());
		assertThatThrownBy(() -> artifacts.sidecar("missing.json")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(home.resolve("models").resolve("missing.json").toString());
	}

	@Test
	void aRegisteredModelMissingFromThisDataHomeIsInstalledWhenBundledElseNamedClearly() throws Exception {
		var artifacts = new ModelArtifacts(home.resolve("models"), new WekaTrainingService(null, Encoders::forSpec));
		var bundled = ModelArtifacts.bundledDefault().orElseThrow().metadata();
		var registered = new ModelRegistry.RegisteredModel(bundled.version(), bundled.createdAt(), bundled.version() + ".json",
				bundled.toJson());
		var trainedElsewhere = new ModelRegistry.RegisteredModel("seeds-20270101-000000", bundled.createdAt(),
				"seeds-20270101-000000.json", bundled.toJson());

		assertThat(artifacts.load(registered).model().version()).isEqualTo(bundled.version());
		assertThat(home.resolve("models").resolve(bundled.version() + ".json")).isRegularFile();
		assertThatThrownBy(() -> artifacts.load(trainedElsewhere)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("seeds-20270101-000000")
			.hasMessageContaining(home.resolve("models").toString());
	}

}
