package com.lcnews.trends.classify.weka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.EvaluationReport;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.KnownVectors;
import com.lcnews.trends.classify.VectorSource;
import com.lcnews.trends.shared.Topic;

/**
 * {@link TrainingService} on Weka: compares recipes (text models, zero-shot and few-shot prototypes over sentence
 * embeddings, logistic regression over embeddings, combinations) by cross-validation that holds out whole groups,
 * calibrates the chosen one on its out-of-fold probabilities, trains it on all data and writes
 * {@code <version>.model} plus {@code <version>.json}. Plain Java (no Spring): give it where vectors come from and how
 * to get an encoder. Stateless and thread-safe.
 */
public final class WekaTrainingService implements TrainingService {

	static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	private final VectorSource vectors;

	private final EncoderProvider encoders;

	/** Text recipes only; loaded embedding models can classify stored vectors only. */
	public WekaTrainingService() {
		this(null, EncoderProvider.none());
	}

	/**
	 * @param vectors where the vectors of training texts come from (null: text recipes only)
	 * @param encoders encoders for models that must embed a text themselves
	 */
	public WekaTrainingService(VectorSource vectors, EncoderProvider encoders) {
		this.vectors = vectors;
		this.encoders = encoders;
	}

	@Override
	public TrainingService withKnownVectors(KnownVectors known) {
		return vectors == null ? this : new WekaTrainingService(known.before(vectors), encoders);
	}

	@Override
	public ModelMetadata train(List<LabelledText> data, List<TopicDescription> topicDescriptions,
			ModelMetadata.Source taxonomy, ModelMetadata.Source dataSource, TrainingOptions options, Path modelDir,
			Consumer<String> progress) throws IOException {
		List<String> topics = topicDescriptions.stream().map(TopicDescription::code).toList();
		checkLabels(data, topics, dataSource);
		try {
			TrainingTable table = new TrainingTable(data, topics);
			List<String> segmenters = choices(options.segmenter(), options.candidateSegmenters());
			List<String> learners = choices(options.learner(), options.candidateLearners());
			List<RecipeSearch.Recipe> recipes = new ArrayList<>(table.textRecipes(segmenters, learners, options.seed(), progress));
			boolean embedding = vectors != null && !options.recipes().isEmpty();
			if (embedding) {
				table.embed(vectors, options, topicDescriptions, progress);
				recipes.addAll(0, table.embeddingRecipes(options.recipes(), options.seed()));
			}
			else if (!options.recipes().isEmpty()) {
				progress.accept("no vector source: embedding recipes skipped, text recipes only");
			}
			int[][] folds = folds(table, options);
			int planned = recipes.size() * folds.length * foldCount(folds) + (options.learningCurve()
					? RecipeSearch.learningCurveFits(WekaEvaluator.CURVE_SHARES, foldCount(folds)) : 0);
			ProgressMeter meter = new ProgressMeter(progress, planned);
			RecipeSearch search = new RecipeSearch(table.classes, topics.size(), folds, table::features, meter);
			List<RecipeSearch.Run> runs = new ArrayList<>();
			for (RecipeSearch.Recipe recipe : recipes) {
				runs.add(search.run(recipe));
			}
			if (embedding && options.recipes().contains("combined")) {
				runs.addAll(combinations(search, runs));
			}
			return finish(data, topics, taxonomy, dataSource, options, modelDir, table, search, runs, meter);
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Training failed: " + ex.getMessage(), ex);
		}
	}

	private ModelMetadata finish(List<LabelledText> data, List<String> topics, ModelMetadata.Source taxonomy,
			ModelMetadata.Source dataSource, TrainingOptions options, Path modelDir, TrainingTable table,
			RecipeSearch search, List<RecipeSearch.Run> runs, ProgressMeter meter) throws Exception {
		List<RecipeSearch.Run> ranked = WekaEvaluator.rank(runs);
		RecipeSearch.Run chosen = ranked.get(0);
		var candidates = WekaEvaluator.compare(ranked, search.foldCount());
		var calibration = Calibrator.calibrate(chosen.outcomes(), options.targetPrecision());
		var curve = options.learningCurve() ? search.learningCurve(chosen, WekaEvaluator.CURVE_SHARES, options.seed())
				: List.<EvaluationReport.CurvePoint>of();
		EncoderSpec spec = chosen.recipe().leadChars() > 0 ? table.specs.get(chosen.recipe().leadChars()) : null;
		String reads = Recipes.reads(chosen.recipe(), spec);
		EvaluationReport report = WekaEvaluator.report(dataSource.path() + " sha256:" + dataSource.sha256(), data.size(),
				search.foldCount(), search.repeats(), options.seed(), topics, chosen, calibration, curve, candidates, reads);
		meter.message("training " + chosen.recipe().name() + " on all " + data.size() + " texts");
		Part part = chosen.recipe().fitter().fit(RecipeSearch.all(data.size()));
		RecipeModel model = new RecipeModel(chosen.recipe().name(), topics, spec == null ? null : spec.id(),
				spec == null ? 0 : spec.dimensions(), part, calibration.temperature(), calibration.abstainThreshold());
		ModelMetadata metadata = metadata(options, topics, taxonomy, dataSource, data, chosen.recipe(), part, report, spec);
		WekaModelFiles.write(modelDir, model, metadata);
		return metadata;
	}

	/** Every cross-validated prototype or lr recipe combined with every text recipe. */
	private static List<RecipeSearch.Run> combinations(RecipeSearch search, List<RecipeSearch.Run> runs) throws Exception {
		List<RecipeSearch.Run> combined = new ArrayList<>();
		for (RecipeSearch.Run a : runs) {
			if (!a.recipe().learner().equals("lr") && !a.recipe().learner().equals("prototypes")) {
				continue;
			}
			for (RecipeSearch.Run b : runs) {
				if (b.recipe().leadChars() == 0) {
					combined.add(search.combine(a, b));
				}
			}
		}
		return combined;
	}

	/** Fold assignment per repetition; one repetition when every group is a fold of its own. */
	private static int[][] folds(TrainingTable table, TrainingOptions options) {
		List<String> groups = table.groups();
		int repeats = GroupedFolds.groupCount(groups) <= options.folds() ? 1 : options.repeats();
		int[][] folds = new int[repeats][];
		for (int r = 0; r < repeats; r++) {
			folds[r] = GroupedFolds.assign(groups, table.classes, table.topics.size(), options.folds(), options.seed() + r);
		}
		return folds;
	}

	private static int foldCount(int[][] folds) {
		return java.util.Arrays.stream(folds[0]).max().orElse(0) + 1;
	}

	@Override
	public EvaluationReport evaluate(TopicClassifier model, List<LabelledText> data, String description) {
		return WekaEvaluator.heldOut(model, data, description);
	}

	@Override
	public TopicClassifier load(Path sidecar) throws IOException {
		return WekaModelFiles.load(sidecar, encoders);
	}

	@Override
	public TopicClassifier zeroShot(List<TopicDescription> topics, EncoderSpec spec) {
		TextEncoder encoder = encoders.encoder(spec);
		EncoderSpec whole = spec.withLeadChars(512);
		TextEncoder descriptionEncoder = encoder.withLeadChars(whole.leadChars());
		float[][] prototypes = new float[topics.size()][];
		for (int c = 0; c < topics.size(); c++) {
			prototypes[c] = TrainingTable.mean(descriptionEncoder.encodeAll(topics.get(c).texts()).toArray(new float[0][]));
		}
		List<String> codes = topics.stream().map(TopicDescription::code).toList();
		RecipeModel model = new RecipeModel("zero-shot@" + spec.leadChars(), codes, spec.id(), spec.dimensions(),
				new PrototypePart(prototypes), ZERO_SHOT_TEMPERATURE, 0);
		ModelInfo info = new ModelInfo("zero-shot", Instant.now(), codes.stream().map(Topic::new).toList(), 0,
				"zero-shot prototypes of the topic descriptions (" + spec.id() + ")");
		return new EmbeddingTopicClassifier(model, info, s -> encoder);
	}

	@Override
	public ModelMetadata writeZeroShot(TopicClassifier zeroShot, ModelMetadata.Source taxonomy,
			EvaluationReport scored, String name, Path modelDir) throws IOException {
		if (!(zeroShot instanceof EmbeddingTopicClassifier model) || !model.recipeModel().recipe().startsWith("zero-shot@")) {
			throw new IllegalArgumentException("Not a zero-shot classifier of this engine: " + zeroShot.model().version());
		}
		return ZeroShotModels.write(model.recipeModel(), taxonomy, scored, name, modelDir);
	}

	/** Temperature of an uncalibrated zero-shot classifier (softmax over 50 x cosine, softened to 12.5 x cosine). */
	static final double ZERO_SHOT_TEMPERATURE = 4;

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

	private static void checkLabels(List<LabelledText> data, List<String> topics, ModelMetadata.Source source) {
		if (data.isEmpty()) {
			throw new IllegalArgumentException(source.path() + ": no labelled texts to train on");
		}
		for (LabelledText item : data) {
			if (!topics.contains(item.topic().code())) {
				throw new IllegalArgumentException(item.origin() + ": unknown topic '" + item.topic() + "'");
			}
		}
		long distinct = data.stream().map(t -> t.topic().code()).distinct().count();
		if (distinct < 2) {
			throw new IllegalArgumentException(source.path() + ": " + data.size() + " labelled text(s) of only the topic '"
					+ data.get(0).topic() + "'; a classifier needs labelled texts of at least two topics");
		}
	}

	private static ModelMetadata metadata(TrainingOptions options, List<String> topics, ModelMetadata.Source taxonomy,
			ModelMetadata.Source dataSource, List<LabelledText> data, RecipeSearch.Recipe recipe, Part part,
			EvaluationReport report, EncoderSpec spec) {
		Instant now = Instant.now();
		String version = options.name() + "-" + STAMP.format(now);
		Map<String, Integer> counts = new LinkedHashMap<>();
		topics.forEach(t -> counts.put(t, 0));
		data.forEach(d -> counts.merge(d.topic().code(), 1, Integer::sum));
		Map<String, String> libraries = libraries(spec);
		String segmenter = part.segmenter() == null ? "none" : part.segmenter();
		return new ModelMetadata(version, now, version + ".model", topics, taxonomy, dataSource, counts, segmenter,
				Recipes.features(recipe, spec), recipe.learner(), Recipes.parameters(part), options.seed(),
				report.calibration().temperature(), report.calibration().abstainThreshold(), libraries, report,
				recipe.name(), spec == null ? null : spec.id());
	}

	/** The versions of the libraries a model of {@code spec} (null: text only) is built with. */
	static Map<String, String> libraries(EncoderSpec spec) {
		Map<String, String> libraries = new LinkedHashMap<>();
		libraries.put("weka", mavenVersion("nz.ac.waikato.cms.weka", "weka-stable"));
		libraries.put("hanlp", mavenVersion("com.hankcs", "hanlp"));
		if (spec != null) {
			libraries.put("onnxruntime", mavenVersion("com.microsoft.onnxruntime", "onnxruntime"));
			libraries.put("liblinear", mavenVersion("de.bwaldvogel", "liblinear"));
			libraries.put("embedding-model", spec.model() + " (BAAI bge-small-zh-v1.5, MIT)");
		}
		libraries.put("java", System.getProperty("java.version"));
		return libraries;
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
