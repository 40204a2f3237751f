package com.lcnews.trends.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.lcnews.trends.classify.ModelMetadata;

/**
 * A model's two files on the driver's disk: the sidecar {@code <version>.json} and the artifact it names, side by side,
 * as the application keeps them. Found by path, in a models folder (the data home's {@code models/}), or among the
 * models bundled with the application (and so in the job jar, under {@code defaults/models/}).
 */
record ModelFiles(Path sidecar, Path artifact, ModelMetadata metadata) {

	/** Classpath folder of the models bundled with the application. */
	static final String BUNDLED = "defaults/models/";

	/**
	 * The files of a model.
	 * @param model a version, or a path to a sidecar {@code .json}
	 * @param registeredArtifact the store's {@code model.artifact_path} (a name in the models folder, or a path); null when unknown
	 * @param modelsDir the folder of trained models, may be null
	 * @throws IllegalArgumentException naming every place looked in when the model's files are not found
	 */
	static ModelFiles find(String model, String registeredArtifact, Path modelsDir) throws IOException {
		if (model.endsWith(".json")) {
			return of(Path.of(model));
		}
		StringBuilder looked = new StringBuilder();
		Path registered = registeredArtifact == null ? null : Path.of(registeredArtifact);
		for (Path candidate : new Path[] { registered != null && registered.isAbsolute() ? registered : null,
				modelsDir == null || registered == null || registered.isAbsolute() ? null : modelsDir.resolve(registered),
				modelsDir == null ? null : modelsDir.resolve(model + ".json") }) {
			if (candidate != null && Files.isRegularFile(candidate)) {
				return of(candidate);
			}
			if (candidate != null) {
				looked.append(candidate.toAbsolutePath()).append(", ");
			}
		}
		ModelFiles bundled = bundled(model);
		if (bundled != null) {
			return bundled;
		}
		throw new IllegalArgumentException("The files of model " + model + " are missing: looked in " + looked
				+ "and among the bundled models (" + BUNDLED + "); give --models DIR (the data home's models folder) "
				+ "or --model PATH/TO/" + model + ".json");
	}

	/**
	 * The files of a sidecar path.
	 * @throws IllegalArgumentException naming the missing file
	 */
	static ModelFiles of(Path sidecar) throws IOException {
		if (!Files.isRegularFile(sidecar)) {
			throw new IllegalArgumentException("The model file " + sidecar.toAbsolutePath() + " is missing");
		}
		ModelMetadata metadata;
		try {
			metadata = ModelMetadata.fromJson(Files.readString(sidecar, StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("The model file " + sidecar.toAbsolutePath() + " is not a model sidecar: "
					+ ex.getMessage(), ex);
		}
		Path artifact = sidecar.resolveSibling(metadata.artifact());
		if (!Files.isRegularFile(artifact)) {
			throw new IllegalArgumentException("The model artifact " + artifact.toAbsolutePath() + " named by "
					+ sidecar.toAbsolutePath() + " is missing");
		}
		return new ModelFiles(sidecar, artifact, metadata);
	}

	/** A bundled model copied to a temporary folder, or null when no model of that version is bundled. */
	private static ModelFiles bundled(String version) throws IOException {
		ClassLoader loader = ModelFiles.class.getClassLoader();
		try (InputStream sidecar = loader.getResourceAsStream(BUNDLED + version + ".json")) {
			if (sidecar == null) {
				return null;
			}
			Path dir = Files.createTempDirectory("news-trends-model");
			Path copy = dir.resolve(version + ".json");
			Files.copy(sidecar, copy);
			String artifact = ModelMetadata.fromJson(Files.readString(copy, StandardCharsets.UTF_8)).artifact();
			try (InputStream in = loader.getResourceAsStream(BUNDLED + artifact)) {
				if (in == null) {
					throw new UncheckedIOException(new IOException("The bundled model " + version + " lacks " + artifact));
				}
				Files.copy(in, dir.resolve(artifact), StandardCopyOption.REPLACE_EXISTING);
			}
			return of(copy);
		}
	}

}
