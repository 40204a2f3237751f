package com.lcnews.trends.classify.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import com.lcnews.trends.classify.ModelStore;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TrainingService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: prints a model's stored cross-validation report, or with {@code --data} evaluates the model on a
 * held-out labelled file.
 */
@Component
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Print a model's evaluation report; with --data, test it on a labelled file.")
class EvaluateCommand implements Callable<Integer> {

	@Option(names = "--model", paramLabel = "VERSION|PATH", description = "Model version or sidecar JSON path (default: the promoted model).")
	String model;

	@Option(names = "--data", paramLabel = "FILE", description = "Held-out labelled JSON Lines or CSV (text,label); repeatable.")
	List<Path> data = new ArrayList<>();

	@Option(names = "--topics-from-data", description = "Accept the labels' own topic codes (external benchmarks).")
	boolean topicsFromData;

	private final ModelStore store;

	private final TrainingService training;

	private final TrainingData trainingData;

	EvaluateCommand(ModelStore store, TrainingService training, TrainingData trainingData) {
		this.store = store;
		this.training = training;
		this.trainingData = trainingData;
	}

	@Override
	public Integer call() throws Exception {
		String version = model != null ? model : store.promotedVersion().orElseThrow(
				() -> new IllegalStateException("No promoted model; name one with --model"));
		if (data.isEmpty()) {
			var metadata = version.endsWith(".json") ? com.lcnews.trends.classify.weka.WekaTrainingService
				.readMetadata(Path.of(version)) : store.metadata(version);
			System.out.println("model " + metadata.version() + ": " + metadata.description());
			System.out.print(ReportFormatter.format(metadata.evaluation()));
			return 0;
		}
		TopicClassifier classifier = store.load(version);
		var loaded = trainingData.load(data, null, topicsFromData);
		var report = training.evaluate(classifier, loaded.texts(),
				loaded.data().path() + " sha256:" + loaded.data().sha256());
		System.out.println("model " + classifier.model().version() + ": " + classifier.model().description());
		System.out.print(ReportFormatter.format(report));
		return 0;
	}

}
