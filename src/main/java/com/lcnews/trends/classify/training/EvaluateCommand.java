package com.lcnews.trends.classify.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.weka.WekaTrainingService;
import com.lcnews.trends.shared.CommandServices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: prints a model's stored cross-validation report, or with {@code --data} evaluates the model on a
 * held-out labelled file.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Print a model's evaluation report; with --data, test it on a labelled file.")
public class EvaluateCommand implements Callable<Integer>, CommandServices.Aware {

	@Option(names = "--model", paramLabel = "VERSION|PATH", description = "Model version or sidecar JSON path (default: the promoted model).")
	String model;

	@Option(names = "--data", paramLabel = "FILE", description = "Held-out labelled JSON Lines or CSV (text,label); repeatable.")
	List<Path> data = new ArrayList<>();

	@Option(names = "--topics-from-data", description = "Accept the labels' own topic codes (external benchmarks).")
	boolean topicsFromData;

	private CommandServices services;

	@Override
	public void services(CommandServices services) {
		this.services = services;
	}

	@Override
	public Integer call() throws Exception {
		ModelArtifacts artifacts = services.get(ModelArtifacts.class);
		String artifact = artifact();
		if (data.isEmpty()) {
			var metadata = WekaTrainingService.readMetadata(artifacts.sidecar(artifact));
			System.out.println("model " + metadata.version() + ": " + metadata.description());
			System.out.print(ReportFormatter.format(metadata.evaluation()));
			return 0;
		}
		TopicClassifier classifier = artifacts.load(artifact);
		var loaded = services.get(TrainingData.class).load(data, null, null, topicsFromData);
		var report = services.get(TrainingService.class).evaluate(classifier, loaded.texts(),
				loaded.data().path() + " sha256:" + loaded.data().sha256());
		System.out.println("model " + classifier.model().version() + ": " + classifier.model().description());
		System.out.print(ReportFormatter.format(report));
		return 0;
	}

	/** The sidecar to evaluate: a path given, a registered version, or the promoted model's. */
	private String artifact() throws java.io.IOException {
		if (model != null && model.endsWith(".json")) {
			return Path.of(model).toAbsolutePath().toString();
		}
		ModelRegistry registry = services.get(ModelRegistry.class);
		if (model == null) {
			services.get(DefaultModels.class).ensure();
		}
		String version = model != null ? model : registry.promotedVersion()
			.orElseThrow(() -> new IllegalStateException("No model is promoted; name one with --model"));
		return registry.find(version)
			.orElseThrow(() -> new IllegalArgumentException("No model " + version + " is registered (see 'models')"))
			.artifact();
	}

}
