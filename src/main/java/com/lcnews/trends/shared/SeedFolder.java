package com.lcnews.trends.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * Seed data: {@code pages/} (page text), {@code labels.csv} (hand labels) and {@code topics.csv} (the taxonomy).
 * The seeds bundled in the application (the project's {@code seeds/} folder, as resources under {@value #BUNDLED})
 * are the default; a data scientist may point at a folder of their own.
 *
 * @param dir the folder
 * @param bundled whether it is a temporary copy of the bundled seeds (to be deleted after use)
 */
public record SeedFolder(Path dir, boolean bundled) implements AutoCloseable {

	/** Classpath folder of the bundled seeds. */
	public static final String BUNDLED = "defaults/seeds/";

	/** The page files' folder. */
	public Path pages() {
		return dir.resolve("pages");
	}

	/** The label file. */
	public Path labels() {
		return dir.resolve("labels.csv");
	}

	/** The taxonomy file. */
	public Path topics() {
		return dir.resolve("topics.csv");
	}

	/** A folder of the user's own seeds. */
	public static SeedFolder of(Path dir) {
		return new SeedFolder(dir, false);
	}

	/** Copies the bundled seeds into a new temporary folder; delete it with {@link #close()} when done. */
	public static SeedFolder bundledCopy() throws IOException {
		Path dir = Files.createTempDirectory("news-trends-seeds");
		var resolver = new PathMatchingResourcePatternResolver(SeedFolder.class.getClassLoader());
		for (String pattern : new String[] { "*.csv", "pages/*" }) {
			for (Resource resource : resolver.getResources("classpath*:" + BUNDLED + pattern)) {
				if (resource.getFilename() == null || !resource.isReadable()) {
					continue;
				}
				Path target = dir.resolve(pattern.startsWith("pages/") ? "pages/" + resource.getFilename()
						: resource.getFilename());
				Files.createDirectories(target.getParent());
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return new SeedFolder(dir, true);
	}

	/** The bundled taxonomy, for reading without a copy. */
	public static Reader bundledTopics() {
		InputStream in = SeedFolder.class.getClassLoader().getResourceAsStream(BUNDLED + "topics.csv");
		if (in == null) {
			throw new UncheckedIOException(new IOException("The application lacks its bundled taxonomy " + BUNDLED
					+ "topics.csv"));
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	/** Deletes a temporary copy of the bundled seeds; a folder of the user's own is left alone. */
	@Override
	public void close() {
		if (!bundled) {
			return;
		}
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the temporary seed copy " + dir, ex);
		}
	}

}
