package com.lcnews.trends.classify.weka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import com.lcnews.trends.classify.EvaluationReport;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.text.TextSegmenters;

import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;

/**
 * {@link TrainingService} on Weka: compares candidate recipes (segmenter x learner) by repeated stratified
 * cross-validation, calibrates the chosen one on its out-of-fold probabilities, trains it on all data and writes
 * {@code <version>.model} plus {@code <version>.json}. Stateless and thread-safe.
 */
public final class WekaTrainingService implements TrainingService {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	@Override
	public ModelMetadata train(List<LabelledText> data, List<String> topics, ModelMetadata.Source taxonomy,
			ModelMetadata.Source dataSource, TrainingOptions options, Path modelDir, Consumer<String> progress)
			throws IOException {
		checkLabels(data, topics);
		List<String> segmenters = choices(options.segmenter(), options.candidateSegmenters());
		List<String> learners = choices(options.learner(), options.candidateLearners());
		int perRun = options.folds() * options.repeats();
		ProgressMeter meter = new ProgressMeter(progress, segmenters.size() * learners.size() * perRun
				+ (options.learningCurve() ? options.folds() * (WekaEvaluator.CURVE_SHARES.length - 1) : 0));
		try {
			Map<String, Instances> segmented = new HashMap<>();
			List<WekaEvaluator.Run> runs = new ArrayList<>();
			CrossValidator cv = new CrossValidator(options.folds(), options.repeats(), options.seed(), meter);
			for (String segmenter : segmenters) {
				meter.message("segmenting " + data.size() + " texts with " + segmenter);
				Instances instances = segment(data, topics, segmenter);
				segmented.put(segmenter, instances);
				for (String learner : learners) {
					runs.add(new WekaEvaluator.Run(segmenter, learner,
							cv.run(instances, learner, 1, "cv " + learner + "/" + segmenter)));
				}
			}
			List<EvaluationReport.Candidate> candidates = WekaEvaluator.compare(runs, options.folds());
			WekaEvaluator.Run chosen = runs.stream()
				.filter(r -> r.segmenter().equals(candidates.get(0).segmenter())
						&& r.learner().equals(candidates.get(0).learner()))
				.findFirst()
				.orElseThrow();
			Instances instances = segmented.get(chosen.segmenter());
			var calibration = Calibrator.calibrate(chosen.result().outcomes(), options.targetPrecision());
			var curve = options.learningCurve() ? WekaEvaluator.learningCurve(instances, chosen.learner(),
					options.folds(), options.seed(), meter, chosen.result()) : List.<EvaluationReport.CurvePoint>of();
			EvaluationReport report = WekaEvaluator.report(dataSource.path() + " sha256:" + dataSource.sha256(),
					data.size(), options.folds(), options.repeats(), options.seed(), topics, chosen.result(),
					calibration, curve, candidates);
			meter.message("training " + chosen.learner() + "/" + chosen.segmenter() + " on all " + data.size() + " texts");
			Instances all = new Instances(instances);
			WekaRecipes.balance(all);
			FilteredClassifier pipeline = WekaRecipes.pipeline(chosen.learner(), options.seed());
			pipeline.buildClassifier(all);
			ModelMetadata metadata = metadata(options, topics, taxonomy, dataSource, data, chosen, pipeline, report);
			WekaModelFiles.write(modelDir, pipeline, instances, metadata);
			return metadata;
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Training failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public EvaluationReport evaluate(TopicClassifier model, List<LabelledText> data, String description) {
		return WekaEvaluator.heldOut(model, data, description);
	}

	@Override
	public TopicClassifier load(Path sidecar) throws IOException {
		return WekaModelFiles.load(sidecar);
	}

	/** Reads the metadata sidecar of a model. */
	public static ModelMetadata readMetadata(Path sidecar) throws IOException {
		return WekaModelFiles.readMetadata(sidecar);
	}

	/** Writes a metadata sidecar (used when a model's metadata is updated, never its artifact). */
	public static void writeMetadata(Path sidecar, ModelMetadata metadata) throws IOException {
		WekaModelFiles.JSON.writeValue(sidecar.toFile(), metadata);
	}

	private static List<String> choices(String chosen, List<String> candidates) {
		return chosen == null || chosen.equals("auto") ? candidates : List.of(chosen);
	}

	private static void checkLabels(List<LabelledText> data, List<String> topics) {
		if (data.isEmpty()) {
			throw new IllegalArgumentException("No labelled texts to train on");
		}
		for (LabelledText item : data) {
			if (!topics.contains(item.topic().code())) {
				throw new IllegalArgumentException(item.origin() + ": unknown topic '" + item.topic() + "'");
			}
		}
	}

	private static Instances segment(List<LabelledText> data, List<String> topics, String segmenter) {
		var textSegmenter = TextSegmenters.forName(segmenter);
		List<String> tokens = data.parallelStream().map(d -> textSegmenter.tokenString(d.text())).toList();
		return WekaRecipes.dataset(topics, tokens, data.stream().map(d -> d.topic().code()).toList());
	}

	private static ModelMetadata metadata(TrainingOptions options, List<String> topics, ModelMetadata.Source taxonomy,
			ModelMetadata.Source dataSource, List<LabelledText> data, WekaEvaluator.Run chosen,
			FilteredClassifier pipeline, EvaluationReport report) {
		Instant now = Instant.now();
		String version = options.name() + "-" + STAMP.format(now);
		Map<String, Integer> counts = new LinkedHashMap<>();
		topics.forEach(t -> counts.put(t, 0));
		data.forEach(d -> counts.merge(d.topic().code(), 1, Integer::sum));
		Map<String, String> libraries = new LinkedHashMap<>();
		libraries.put("weka", mavenVersion("nz.ac.waikato.cms.weka", "weka-stable"));
		libraries.put("hanlp", mavenVersion("com.hankcs", "hanlp"));
		libraries.put("java", System.getProperty("java.version"));
		return new ModelMetadata(version, now, version + ".model", topics, taxonomy, dataSource, counts,
				chosen.segmenter(), WekaRecipes.FEATURES, chosen.learner(), WekaRecipes.describe(pipeline),
				options.seed(), report.calibration().temperature(), report.calibration().abstainThreshold(), libraries,
				report);
	}

	private static String mavenVersion(String group, String artifact) {
		String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
		try (InputStream in = WekaTrainingService.class.getResourceAsStream(resource)) {
			if (in == null) {
				return "unknown";
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
