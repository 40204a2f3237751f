package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelStore;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.weka.WekaTrainingService;

/** {@link ModelStore} on a folder: {@code <version>.model}, {@code <version>.json} and {@code promoted.txt}. */
final class FileModelStore implements ModelStore {

	static final String PROMOTED = "promoted.txt";

	private final Path dir;

	private final TrainingService engine;

	FileModelStore(Path dir, TrainingService engine) {
		this.dir = dir;
		this.engine = engine;
	}

	@Override
	public List<ModelMetadata> list() throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		List<ModelMetadata> models = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path sidecar : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
				models.add(WekaTrainingService.readMetadata(sidecar));
			}
		}
		models.sort(Comparator.comparing(ModelMetadata::createdAt).thenComparing(ModelMetadata::version));
		return models;
	}

	@Override
	public ModelMetadata metadata(String version) throws IOException {
		return WekaTrainingService.readMetadata(sidecar(version));
	}

	@Override
	public Optional<String> promotedVersion() throws IOException {
		Path file = dir.resolve(PROMOTED);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		String version = Files.readString(file, StandardCharsets.UTF_8).strip();
		return version.isEmpty() ? Optional.empty() : Optional.of(version);
	}

	@Override
	public TopicClassifier load(String versionOrPath) throws IOException {
		Path asPath = Path.of(versionOrPath);
		if (versionOrPath.endsWith(".json") && Files.isRegularFile(asPath)) {
			return engine.load(asPath);
		}
		return engine.load(sidecar(versionOrPath));
	}

	@Override
	public TopicClassifier loadPromoted() throws IOException {
		String version = promotedVersion().orElseThrow(() -> new IllegalStateException(
				"No promoted model: " + dir.resolve(PROMOTED) + " is missing; train one and run 'models --promote VERSION'"));
		return load(version);
	}

	@Override
	public void promote(String version) throws IOException {
		sidecar(version);
		Files.writeString(dir.resolve(PROMOTED), version + "\n", StandardCharsets.UTF_8);
	}

	Path sidecar(String version) {
		if (!version.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("Not a model version: '" + version + "'");
		}
		Path sidecar = dir.resolve(version + ".json");
		if (!Files.isRegularFile(sidecar)) {
			throw new IllegalArgumentException("No model " + version + " in " + dir + " (missing " + sidecar.getFileName() + ")");
		}
		return sidecar;
	}

	Path dir() {
		return dir;
	}

}
