package com.lcnews.trends.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The files of trained models: the data home's model folder (what {@code train} and the dashboard write:
 * {@code <version>.json} sidecars next to their artifacts) and the models bundled in the application (resources under
 * {@value #BUNDLED}). Which model is promoted is not a file: see {@link ModelRegistry}. Plain class, no Spring
 * context needed.
 */
public final class ModelArtifacts {

	/** Classpath folder of the bundled models (the project's {@code models/} folder). */
	public static final String BUNDLED = "defaults/models/";

	/** A model bundled in the application. */
	public record Bundled(ModelMetadata metadata, Resource sidecar) {
	}

	private final Path folder;

	private final TrainingService engine;

	public ModelArtifacts(Path folder, TrainingService engine) {
		this.folder = folder.toAbsolutePath().normalize();
		this.engine = engine;
	}

	/** The model folder (it may not exist yet). */
	public Path folder() {
		return folder;
	}

	/**
	 * Where a registry entry's sidecar is: a plain file name is in the model folder, anything else is a path.
	 * @throws IllegalArgumentException when the file does not exist
	 */
	public Path sidecar(String artifact) {
		Path path = artifact.contains("/") || artifact.contains("\\") ? Path.of(artifact) : folder.resolve(artifact);
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("The model file " + path.toAbsolutePath() + " is missing");
		}
		return path;
	}

	/** How the registry names a sidecar: its file name when it is in the model folder, else its absolute path. */
	public String artifactName(Path sidecar) {
		Path absolute = sidecar.toAbsolutePath().normalize();
		return folder.equals(absolute.getParent()) ? absolute.getFileName().toString() : absolute.toString();
	}

	/** Loads a model from its sidecar (named as in the registry). Loading is slow: keep the result. */
	public TopicClassifier load(String artifact) throws IOException {
		return engine.load(sidecar(artifact));
	}

	/**
	 * Loads a registered model. A process whose data home lacks the artifact (another machine sharing a PostgreSQL
	 * store) installs it when the model is bundled; otherwise the message says where the artifact is expected.
	 */
	public TopicClassifier load(ModelRegistry.RegisteredModel model) throws IOException {
		Path path = Path.of(model.artifact());
		Path local = path.isAbsolute() ? path : folder.resolve(model.artifact());
		if (!Files.isRegularFile(local)) {
			var bundled = bundled().stream().filter(b -> b.metadata().version().equals(model.version())).findFirst();
			if (bundled.isEmpty()) {
				throw new IllegalStateException("The artifact of model " + model.version() + " is not in this data home ("
						+ local.toAbsolutePath() + "): use the data home it was trained in, or copy "
						+ model.version() + ".json and its artifact there");
			}
			install(bundled.get());
			local = folder.resolve(model.version() + ".json");
		}
		return engine.load(local);
	}

	/** The models bundled in the application, oldest first. */
	public static List<Bundled> bundled() throws IOException {
		List<Bundled> models = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver(ModelArtifacts.class.getClassLoader())
			.getResources("classpath*:" + BUNDLED + "*.json")) {
			try (InputStream in = resource.getInputStream()) {
				models.add(new Bundled(ModelMetadata.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
						resource));
			}
		}
		models.sort(Comparator.comparing((Bundled b) -> b.metadata().createdAt()).thenComparing(b -> b.metadata().version()));
		return models;
	}

	/** The newest bundled model: the default before anyone trains or promotes one. */
	public static Optional<Bundled> bundledDefault() throws IOException {
		List<Bundled> all = bundled();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/**
	 * Copies a bundled model into the model folder unless it is there already; returns its sidecar's registry name.
	 */
	public String install(Bundled model) throws IOException {
		Path sidecar = folder.resolve(model.metadata().version() + ".json");
		if (!Files.isRegularFile(sidecar)) {
			copyBundled(model, folder);
		}
		return artifactName(sidecar);
	}

	/**
	 * Loads a bundled model without writing anything lasting: its files are copied to a temporary folder, loaded, and
	 * the folder is deleted.
	 */
	public TopicClassifier loadBundled(Bundled model) throws IOException {
		Path temp = Files.createTempDirectory("news-trends-model");
		try {
			copyBundled(model, temp);
			return engine.load(temp.resolve(model.metadata().version() + ".json"));
		}
		finally {
			FileSystemUtils.deleteRecursively(temp);
		}
	}

	/** Copies the sidecar and the artifact it names; the sidecar last, so a half-copied model is never listed. */
	private static void copyBundled(Bundled model, Path dir) throws IOException {
		Files.createDirectories(dir);
		Resource artifact = model.sidecar().createRelative(model.metadata().artifact());
		copy(artifact, dir.resolve(model.metadata().artifact()));
		copy(model.sidecar(), dir.resolve(model.metadata().version() + ".json"));
	}

	private static void copy(Resource resource, Path target) throws IOException {
		Path part = target.resolveSibling(target.getFileName() + ".part");
		try (InputStream in = resource.getInputStream()) {
			Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
