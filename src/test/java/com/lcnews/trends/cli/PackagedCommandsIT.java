package com.lcnews.trends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.testing.PackagedJar;
import com.lcnews.trends.testing.PackagedJar.Result;

/**
 * The packaged jar, run as a newsroom would run it: from an empty folder, with a user home of its own. Commands that
 * store nothing leave both untouched; a store command writes only into the data home.
 */
class PackagedCommandsIT {

	private static final Path PAGE = Path.of("seeds/pages/000_b3a861340e6600c5.txt").toAbsolutePath();

	@TempDir
	Path root;

	Path cwd;

	Path userHome;

	PackagedJar jar;

	@BeforeEach
	void folders() throws IOException {
		cwd = Files.createDirectories(root.resolve("work"));
		userHome = Files.createDirectories(root.resolve("user"));
		jar = new PackagedJar(cwd, userHome);
	}

	private Result run(String stdin, String... args) throws Exception {
		return jar.run(stdin, args);
	}

	private static List<Path> contents(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(p -> !p.equals(dir)).toList();
		}
	}

	@Test
	void helpVersionExtractAndPredictOpenNoDatabaseAndCreateNothing() throws Exception {
		Result help = run(null, "--help");
		assertThat(help.exit()).as(help.err()).isZero();
		assertThat(help.out()).contains("extract", "import", "train", "predict", "models", "classify", "--home");

		Result version = run(null, "--version");
		assertThat(version.exit()).isZero();
		assertThat(version.out()).contains("news-trends");

		Result extract = run(null, "extract", PAGE.toString());
		assertThat(extract.exit()).as(extract.err()).isZero();
		assertThat(extract.out().lines()).hasSizeGreaterThan(5).allMatch(l -> l.startsWith("{\"source\""));

		Result predict = run("{\"text\":\"扶贫干部走访贫困户，落实帮扶政策\"}\n", "predict");
		assertThat(predict.exit()).as(predict.err()).isZero();
		assertThat(predict.out().lines()).as("stdout carries JSON Lines only, logs go to stderr")
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("{\"text\"");
		assertThat(predict.out()).contains("\"best\":\"poverty\"")
			.contains("\"model\":\"" + ModelArtifacts.bundledDefault().orElseThrow().metadata().version() + "\"");

		Result missing = run(null, "extract", cwd.resolve("missing.txt").toString());
		assertThat(missing.exit()).isEqualTo(1);
		assertThat(missing.err()).contains(cwd.resolve("missing.txt").toString());

		assertThat(contents(cwd)).as("files created in the working folder").isEmpty();
		assertThat(contents(userHome)).as("files created in the user's home").isEmpty();
	}

	@Test
	void aStoreCommandWritesOnlyIntoTheDataHome() throws Exception {
		Path home = root.resolve("data home");

		Result imported = run(null, "import", "--home", home.toString(), PAGE.toString());
		assertThat(imported.exit()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("000_b3a861340e6600c5.txt");

		Result models = run(null, "models", "--home=" + home);
		assertThat(models.exit()).as(models.err()).isZero();
		assertThat(models.out()).contains("* " + ModelArtifacts.bundledDefault().orElseThrow().metadata().version());

		assertThat(home.resolve("db")).isDirectory();
		assertThat(contents(cwd)).isEmpty();
		assertThat(contents(userHome)).isEmpty();
	}

}
