package com.lcnews.trends.classify.training;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lcnews.trends.classify.ModelStore;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code predict}: reads JSON Lines with a {@code text} field and writes them back with {@code topic} (null when the
 * model abstains), {@code best}, {@code confidence}, {@code scores} and {@code model} added. A bad line is reported on
 * stderr with its number and skipped; the exit code is then 1.
 */
@Component
@Command(name = "predict", mixinStandardHelpOptions = true,
		description = "Classify JSON Lines with a text field from FILE or stdin; write JSON Lines with topic, confidence, scores, model.")
class PredictCommand implements Callable<Integer> {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Option(names = "--model", paramLabel = "VERSION|PATH", description = "Model version or sidecar JSON path (default: the promoted model).")
	String model;

	@Parameters(arity = "0..1", paramLabel = "FILE", description = "JSON Lines input (default: stdin).")
	Path file;

	private final ModelStore store;

	PredictCommand(ModelStore store) {
		this.store = store;
	}

	@Override
	public Integer call() throws Exception {
		TopicClassifier classifier = model == null ? store.loadPromoted() : store.load(model);
		BufferedReader in = file == null ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
				: Files.newBufferedReader(file, StandardCharsets.UTF_8);
		BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
		int failed = 0;
		try (in) {
			String line;
			int lineNo = 0;
			while ((line = in.readLine()) != null) {
				lineNo++;
				if (line.isBlank()) {
					continue;
				}
				String error = predictLine(classifier, line, out);
				if (error != null) {
					failed++;
					System.err.println("error: " + (file == null ? "stdin" : file) + " line " + lineNo + ": " + error);
				}
			}
		}
		out.flush();
		return failed == 0 ? 0 : 1;
	}

	/** Writes the enriched line, or returns why it could not. */
	static String predictLine(TopicClassifier classifier, String line, java.io.Writer out) throws java.io.IOException {
		JsonNode node;
		try {
			node = JSON.readTree(line);
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
		out.write(JSON.writeValueAsString(object));
		out.write('\n');
		return null;
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

}
