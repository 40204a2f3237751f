package com.lcnews.trends.classify.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.text.TextSegmenters;
import com.lcnews.trends.shared.CommandServices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train}: cross-validates candidate recipes, trains the best on all labels and stores the model. */
@Command(name = "train", mixinStandardHelpOptions = true,
		description = "Train a topic model from labelled data (default: the seed labels) and write it to the model folder.")
public class TrainModelCommand implements Callable<Integer>, CommandServices.Aware {

	@Option(names = "--data", paramLabel = "FILE", description = "Labelled JSON Lines or CSV (text,label); repeatable. Default: the seed labels joined to the seed pages.")
	List<Path> data = new ArrayList<>();

	@Option(names = "--seeds", paramLabel = "DIR", description = "Seed folder (pages/, labels.csv, topics.csv) to use instead of the seeds bundled in the application.")
	Path seeds;

	@Option(names = "--topics", paramLabel = "FILE", description = "Taxonomy CSV (default: the seed folder's topics.csv).")
	Path topics;

	@Option(names = "--topics-from-data", description = "Take the topics from the labels (external benchmarks).")
	boolean topicsFromData;

	@Option(names = "--name", defaultValue = "seeds", description = "Model name, the version prefix (default: ${DEFAULT-VALUE}).")
	String name;

	@Option(names = "--segmenter", defaultValue = "auto", description = "auto (best by CV) or one of " + "chars-1-2, words, words+bigrams.")
	String segmenter;

	@Option(names = "--learner", defaultValue = "auto", description = "auto (best by CV) or one of nbm, sgd, smo.")
	String learner;

	@Option(names = "--candidate-learners", split = ",", defaultValue = "nbm,sgd", description = "Learners compared when --learner is auto (default: ${DEFAULT-VALUE}).")
	List<String> candidateLearners;

	@Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
	int folds;

	@Option(names = "--repeats", defaultValue = "3", description = "Cross-validation repetitions (default: ${DEFAULT-VALUE}).")
	int repeats;

	@Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--target-precision", defaultValue = "0.8", description = "Abstain below the confidence where out-of-fold accuracy reaches this (default: ${DEFAULT-VALUE}).")
	double targetPrecision;

	@Option(names = "--no-learning-curve", description = "Skip the learning curve.")
	boolean noLearningCurve;

	@Option(names = "--out", paramLabel = "DIR", description = "Write the model here instead of the data home's model folder.")
	Path out;

	private CommandServices services;

	@Override
	public void services(CommandServices services) {
		this.services = services;
	}

	@Override
	public Integer call() throws Exception {
		TrainingData trainingData = services.get(TrainingData.class);
		ModelArtifacts artifacts = services.get(ModelArtifacts.class);
		TrainingService training = services.get(TrainingService.class);
		var loaded = trainingData.load(data, seeds, topics, topicsFromData);
		loaded.warnings().forEach(w -> System.err.println("warning: " + w));
		System.err.println("training on " + loaded.texts().size() + " labelled texts, " + loaded.topics().size() + " topics");
		var options = new TrainingOptions(name, segmenter, learner, TextSegmenters.NAMES, candidateLearners, folds,
				repeats, seed, targetPrecision, !noLearningCurve);
		Path dir = out == null ? artifacts.folder() : out;
		ModelMetadata metadata = training.train(loaded.texts(), loaded.topics(), loaded.taxonomy(), loaded.data(), options,
				dir, System.err::println);
		services.get(ModelRegistry.class).register(metadata, artifacts.artifactName(dir.resolve(metadata.version() + ".json")));
		System.out.println("model " + metadata.version() + " written to " + dir);
		System.out.print(ReportFormatter.format(metadata.evaluation()));
		return 0;
	}

}
