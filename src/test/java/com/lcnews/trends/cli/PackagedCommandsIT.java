package com.lcnews.trends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lcnews.trends.classify.ModelArtifacts;

/**
 * The packaged jar, run as a newsroom would run it: from an empty folder, with a user home of its own. Commands that
 * store nothing leave both untouched; a store command writes only into the data home.
 */
class PackagedCommandsIT {

	private static final Path JAR = Path.of("target/news-trends.jar").toAbsolutePath();

	private static final Path PAGE = Path.of("seeds/pages/000_b3a861340e6600c5.txt").toAbsolutePath();

	@TempDir
	Path root;

	Path cwd;

	Path userHome;

	record Result(int exit, String out, String err) {
	}

	@BeforeEach
	void folders() throws IOException {
		assertThat(JAR).as("the packaged jar (mvn package runs before the integration tests)").isRegularFile();
		cwd = Files.createDirectories(root.resolve("work"));
		userHome = Files.createDirectories(root.resolve("user"));
	}

	private Result run(String stdin, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Duser.home=" + userHome, "-jar", JAR.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
		builder.environment().put("HOME", userHome.toString());
		builder.environment().remove("NEWSTRENDS_HOME");
		builder.environment().remove("XDG_DATA_HOME");
		builder.environment().remove("WEKA_HOME");
		Path out = root.resolve("out.txt");
		Path err = root.resolve("err.txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		try (var in = process.getOutputStream()) {
			if (stdin != null) {
				in.write(stdin.getBytes(StandardCharsets.UTF_8));
			}
		}
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished: " + String.join(" ", args)).isTrue();
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
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
