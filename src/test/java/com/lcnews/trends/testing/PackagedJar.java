package com.lcnews.trends.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged application ({@code target/news-trends.jar}, built by {@code mvn package} before the integration
 * tests) as a separate process, as a user would from a shell: in a folder of the test's choice, with a user home of its
 * own and no data-home variables unless the test gives them.
 */
public final class PackagedJar {

	/** The packaged jar. */
	public static final Path JAR = Path.of("target/news-trends.jar").toAbsolutePath();

	/** What a run printed and returned. */
	public record Result(int exit, String out, String err) {
	}

	private final Path cwd;

	private final Path userHome;

	private final Map<String, String> environment = new HashMap<>();

	public PackagedJar(Path cwd, Path userHome) {
		assertThat(JAR).as("the packaged jar (mvn package runs before the integration tests)").isRegularFile();
		this.cwd = cwd;
		this.userHome = userHome;
	}

	/** Adds an environment variable to later runs. */
	public PackagedJar env(String name, String value) {
		environment.put(name, value);
		return this;
	}

	/** Runs the jar with these arguments, feeding {@code stdin} (may be null), and waits up to 3 minutes. */
	public Result run(String stdin, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Duser.home=" + userHome, "-jar", JAR.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
		builder.environment().put("HOME", userHome.toString());
		builder.environment().remove("NEWSTRENDS_HOME");
		builder.environment().remove("XDG_DATA_HOME");
		builder.environment().remove("WEKA_HOME");
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("packaged-out", ".txt");
		Path err = Files.createTempFile("packaged-err", ".txt");
		try {
			builder.redirectOutput(out.toFile()).redirectError(err.toFile());
			Process process = builder.start();
			try (var in = process.getOutputStream()) {
				if (stdin != null) {
					in.write(stdin.getBytes(StandardCharsets.UTF_8));
				}
			}
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("still running after 3 minutes: " + String.join(" ", args));
			}
			return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

}
