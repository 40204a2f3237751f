package com.lcnews.trends.classify.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.lcnews.trends.classify.EncodingVectorSource;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;
import com.lcnews.trends.shared.CommandServices;
import com.lcnews.trends.shared.taxonomy.Taxonomy;

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

	@Option(names = "--topics", paramLabel = "FILE", description = "Taxonomy CSV (default: the store's taxonomy as edited on the dashboard; with --seeds, that folder's topics.csv).")
	Path topics;

	@Option(names = "--topics-from-data", description = "Take the topics from the labels (external benchmarks).")
	boolean topicsFromData;

	@Option(names = "--name", defaultValue = "seeds", description = "Model name, the version prefix (default: ${DEFAULT-VALUE}).")
	String name;

	@Option(names = "--segmenter", defaultValue = "auto", description = "auto (best by CV) or one of " + "chars-1-2, words, words+bigrams.")
	String segmenter;

	@Option(names = "--candidate-segmenters", split = ",", defaultValue = "words,chars-1-2", description = "Segmenters of text recipes compared when --segmenter is auto (default: ${DEFAULT-VALUE}).")
	List<String> candidateSegmenters;

	@Option(names = "--learner", defaultValue = "auto", description = "Learner of text recipes: auto (compare --candidate-learners) or one of nbm, sgd, smo.")
	String learner;

	@Option(names = "--candidate-learners", split = ",", defaultValue = "nbm", description = "Text learners compared when --learner is auto (default: ${DEFAULT-VALUE}; sgd is slow on thousands of texts).")
	List<String> candidateLearners;

	@Option(names = "--recipes", split = ",", defaultValue = "zero-shot,prototypes,lr,combined", description = "Embedding recipes compared besides the text recipes, or 'none' (default: ${DEFAULT-VALUE}).")
	List<String> recipes;

	@Option(names = "--lead", split = ",", defaultValue = "128,256", description = "Characters of headline + body the embedding recipes are compared at (default: ${DEFAULT-VALUE}; longer leads cost import speed, see docs/README-classify.md).")
	List<Integer> leads;

	@Option(names = "--encoder", defaultValue = TrainingOptions.DEFAULT_ENCODER, description = "Sentence-embedding model (default: ${DEFAULT-VALUE}).")
	String encoder;

	@Option(names = "--vector-cache", paramLabel = "DIR", description = "Keep computed vectors in this folder and reuse them in later runs (default: the data home's cache).")
	Path vectorCache;

	@Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds; whole groups (pages) are held out, at most one fold per group (default: ${DEFAULT-VALUE}).")
	int folds;

	@Option(names = "--repeats", defaultValue = "1", description = "Cross-validation repetitions (default: ${DEFAULT-VALUE}).")
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
		// the store's taxonomy by default: seed labels of a retired topic are left out, a file's unknown labels are errors
		var loaded = topics == null && seeds == null && !topicsFromData
				? trainingData.load(data, null, TrainingData.GivenTopics.of(
						TopicDescription.active(services.get(Taxonomy.class).current()), RetrainingService.STORE_TAXONOMY,
						data.isEmpty()))
				: trainingData.load(data, seeds, topics, topicsFromData);
		loaded.warnings().forEach(w -> System.err.println("warning: " + w));
		System.err.println("training on " + loaded.texts().size() + " labelled texts, " + loaded.topics().size() + " topics");
		List<String> embedding = recipes.equals(List.of("none")) ? List.of() : recipes;
		var options = new TrainingOptions(name, segmenter, learner, candidateSegmenters, candidateLearners, folds,
				repeats, seed, targetPrecision, !noLearningCurve, embedding, leads, encoder);
		Path dir = out == null ? artifacts.folder() : out;
		TrainingService trainer = vectorCache == null ? training
				: new WekaTrainingService(new EncodingVectorSource(Encoders::forSpec, vectorCache), Encoders::forSpec);
		ModelMetadata metadata = trainer.train(loaded.texts(), loaded.descriptions(), loaded.taxonomy(), loaded.data(),
				options, dir, System.err::println);
		services.get(ModelRegistry.class).register(metadata, artifacts.artifactName(dir.resolve(metadata.version() + ".json")));
		System.out.println("model " + metadata.version() + " written to " + dir);
		System.out.print(ReportFormatter.format(metadata.evaluation()));
		return 0;
	}

}
