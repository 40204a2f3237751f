package com.lcnews.trends.classify.training;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;
import com.lcnews.trends.shared.DataHome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code predict}: reads JSON Lines with a {@code text} field and writes them back with {@code topic} (null when the
 * model abstains), {@code best}, {@code confidence}, {@code scores} and {@code model} added. A bad line is reported on
 * stderr with its number and skipped; the exit code is then 1.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
		description = "Classify JSON Lines with a text field from FILE or stdin; write JSON Lines with topic, confidence, scores, model.")
public class PredictCommand implements Callable<Integer> {

	/** Jackson is loaded when the command runs, not when {@code --help} lists it. */
	private static final class Json {

		static final ObjectMapper MAPPER = new ObjectMapper();

	}

	private static final int CHUNK = 1000;

	@Option(names = "--model", paramLabel = "VERSION|PATH", description = "Model version (in the data home's model folder or bundled) or sidecar JSON path (default: the model bundled with the application; this command reads no database, so name a promoted model with --model).")
	String model;

	@Option(names = "--threads", defaultValue = "0", description = "Classifier threads (default: 0, one per core); output keeps input order.")
	int threads;

	@Parameters(arity = "0..1", paramLabel = "FILE", description = "JSON Lines input (default: stdin).")
	Path file;

	private final Supplier<ModelArtifacts> artifactsFor;

	private ModelArtifacts artifacts;

	/**
	 * Models from the data home's model folder or the bundled ones: opens no database, creates no folder; nothing is
	 * read before the command runs, so {@code --help} stays fast.
	 */
	public PredictCommand() {
		this.artifactsFor = () -> new ModelArtifacts(DataHome.fromEnvironment().models(),
				new WekaTrainingService(null, Encoders::forSpec));
	}

	PredictCommand(ModelArtifacts artifacts) {
		this.artifactsFor = () -> artifacts;
	}

	@Override
	public Integer call() throws Exception {
		TopicClassifier classifier = classifier();
		BufferedReader in = file == null ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
				: Files.newBufferedReader(file, StandardCharsets.UTF_8);
		BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
		if (threads <= 0) {
			threads = Runtime.getRuntime().availableProcessors();
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		int failed = 0;
		int lineNo = 0;
		try (in) {
			List<String> chunk = new ArrayList<>(CHUNK);
			String line;
			while ((line = in.readLine()) != null) {
				chunk.add(line);
				if (chunk.size() == CHUNK) {
					failed += writeChunk(classifier, chunk, lineNo, pool, out);
					lineNo += chunk.size();
					chunk.clear();
				}
			}
			failed += writeChunk(classifier, chunk, lineNo, pool, out);
			lineNo += chunk.size();
		}
		finally {
			pool.shutdown();
		}
		out.flush();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.err.printf(java.util.Locale.ROOT, "classified %d lines in %.2f s (%.0f lines/s, %d threads), %d failed%n",
				lineNo, seconds, lineNo / seconds, threads, failed);
		return failed == 0 ? 0 : 1;
	}

	/** The model named by {@code --model}, or the bundled default. */
	private TopicClassifier classifier() throws java.io.IOException {
		artifacts = artifactsFor.get();
		if (model != null && model.endsWith(".json")) {
			return artifacts.load(Path.of(model).toAbsolutePath().toString());
		}
		if (model != null && java.nio.file.Files.isRegularFile(artifacts.folder().resolve(model + ".json"))) {
			return artifacts.load(model + ".json");
		}
		var wanted = model == null ? ModelArtifacts.bundledDefault() : ModelArtifacts.bundled()
			.stream()
			.filter(b -> b.metadata().version().equals(model))
			.findFirst();
		if (wanted.isPresent()) {
			return artifacts.loadBundled(wanted.get());
		}
		throw new IllegalArgumentException(model == null ? "The application bundles no model: name one with --model"
				: "No model " + model + " in " + artifacts.folder() + " nor bundled; give a version or a sidecar path");
	}

	/** Classifies a chunk of lines in parallel and writes them in input order; returns the number of bad lines. */
	private int writeChunk(TopicClassifier classifier, List<String> lines, int firstLineNo, ExecutorService pool,
			BufferedWriter out) throws Exception {
		List<Future<String[]>> results = new ArrayList<>(lines.size());
		for (String line : lines) {
			results.add(pool.submit(() -> {
				if (line.isBlank()) {
					return new String[] { "", null };
				}
				StringWriter one = new StringWriter();
				String error = predictLine(classifier, line, one);
				return new String[] { one.toString(), error };
			}));
		}
		int failed = 0;
		for (int i = 0; i < results.size(); i++) {
			String[] result = results.get(i).get();
			out.write(result[0]);
			if (result[1] != null) {
				failed++;
				System.err.println("error: " + (file == null ? "stdin" : file) + " line " + (firstLineNo + i + 1) + ": "
						+ result[1]);
			}
		}
		return failed;
	}

	/** Writes the enriched line, or returns why it could not. */
	static String predictLine(TopicClassifier classifier, String line, java.io.Writer out) throws java.io.IOException {
		JsonNode node;
		try {
			node = Json.MAPPER.readTree(line);
		}
		catch (JsonProcessingException ex) {
			return "not JSON: " + ex.getOriginalMessage();
		}
		if (!(node instanceof ObjectNode object) || !node.path("text").isTextual()) {
			return "expected a JSON object with a text field";
		}
		Prediction prediction = classifier.classify(object.get("text").asText());
		object.put("topic", prediction.topic().map(t -> t.code()).orElse(null));
		object.put("best", prediction.best().code());
		object.put("confidence", round(prediction.confidence()));
		ObjectNode scores = object.putObject("scores");
		classifier.topics().forEach(t -> scores.put(t.code(), round(prediction.scores().get(t))));
		object.put("model", classifier.model().version());
		out.write(Json.MAPPER.writeValueAsString(object));
		out.write('\n');
		return null;
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

}
