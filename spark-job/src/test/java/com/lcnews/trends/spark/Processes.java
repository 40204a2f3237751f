package com.lcnews.trends.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged programs as separate processes, as a user would: the application's jar ({@code java -jar
 * news-trends.jar}) and the job jar through spark-submit's main class on Spark's own classpath (what
 * {@code spark-submit} runs).
 */
final class Processes {

	/** What a run printed and returned. */
	record Result(int exit, String out, String err) {
	}

	private static final Path APP_JAR = Path.of(System.getProperty("newstrends.app.jar", "../target/news-trends.jar"));

	private static final Path JOB_JAR = Path.of(System.getProperty("newstrends.job.jar", "target/news-trends-spark.jar"));

	private static final Path SPARK_CLASSPATH = Path.of(System.getProperty("newstrends.spark.classpath",
			"target/spark-classpath.txt"));

	private final Path dir;

	Processes(Path dir) {
		this.dir = dir;
	}

	/** The application's command line with a data home of the test's, and a user home of its own. */
	Result app(Path home, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-Duser.home=" + dir.resolve("user"), "-jar",
				APP_JAR.toAbsolutePath().toString(), "--home", home.toString()));
		command.addAll(List.of(args));
		return run(command);
	}

	/** {@code spark-submit --master MASTER --class ...Main news-trends-spark.jar ARGS}. */
	Result sparkSubmit(String master, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-Duser.home=" + dir.resolve("user"), "-cp",
				Files.readString(SPARK_CLASSPATH).strip(), "org.apache.spark.deploy.SparkSubmit", "--master", master,
				"--conf", "spark.ui.enabled=false", "--driver-java-options", "-Duser.home=" + dir.resolve("user"),
				"--class", Main.class.getName(), JOB_JAR.toAbsolutePath().toString()));
		command.addAll(List.of(args));
		return run(command);
	}

	private Result run(List<String> command) throws IOException, InterruptedException {
		Path out = Files.createTempFile(dir, "out", ".txt");
		Path err = Files.createTempFile(dir, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().put("HOME", dir.resolve("user").toString());
		builder.environment().remove("NEWSTRENDS_HOME");
		Process process = builder.start();
		process.getOutputStream().close();
		if (!process.waitFor(20, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("still running after 20 minutes: " + command);
		}
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
