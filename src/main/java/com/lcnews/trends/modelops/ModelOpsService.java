package com.lcnews.trends.modelops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.batch.BatchProgress;
import com.lcnews.trends.batch.BatchRunService;
import com.lcnews.trends.batch.ClassifyMode;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.EvaluationReport;
import com.lcnews.trends.classify.KnownVectors;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.training.RetrainingService;
import com.lcnews.trends.quantify.Confusion;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.taxonomy.Taxonomy;
import com.lcnews.trends.vectors.ArticleVectors;
import com.lcnews.trends.vectors.EmbeddingProgress;
import com.lcnews.trends.vectors.EmbeddingService;

/** The data scientist's model workflow behind the "models and labels" view. One retraining at a time. */
@Service
public class ModelOpsService implements DisposableBean {

	/** How many changed articles an impact report lists. */
	public static final int CHANGED_LIMIT = 200;

	private static final Logger log = LoggerFactory.getLogger(ModelOpsService.class);

	private static final String UNCLASSIFIED = "_unclassified";

	/** Cross-validation of the candidates is most of a retraining; the learning curve and the final fit add this. */
	private static final double LEARNING_CURVE_AND_FIT_MARGIN = 1.3;

	private static final String WARNING = "warning: ";

	private final ModelRegistry registry;

	private final ModelArtifacts artifacts;

	private final RetrainingService retraining;

	private final ArticleQueryService articles;

	private final BatchRunService batch;

	private final Taxonomy taxonomy;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "retraining"));

	private final EmbeddingService embedding;

	private final AtomicReference<TrainingProgress> progress = new AtomicReference<>(TrainingProgress.idle());

	/** How long the last retraining of this process took, the best guess for the next one. */
	private volatile Duration lastTrainingTime;

	private final ArticleVectors vectors;

	ModelOpsService(ModelRegistry registry, ModelArtifacts artifacts, RetrainingService retraining,
			ArticleQueryService articles, BatchRunService batch, Taxonomy taxonomy, EmbeddingService embedding,
			ArticleVectors vectors) {
		this.embedding = embedding;
		this.vectors = vectors;
		this.registry = registry;
		this.artifacts = artifacts;
		this.retraining = retraining;
		this.articles = articles;
		this.batch = batch;
		this.taxonomy = taxonomy;
	}

	/** Every registered model, newest first. */
	public List<ModelMetadata> models() {
		return registry.list()
			.stream()
			.map(ModelRegistry.RegisteredModel::metadata)
			.sorted(Comparator.comparing(ModelMetadata::createdAt).reversed())
			.toList();
	}

	/**
	 * The newest model that is not the promoted one: what a data scientist usually wants to compare with the promoted
	 * model after retraining, or, right after promoting the newest, the one it replaced. Empty when the promoted model
	 * is the only one.
	 */
	public Optional<ModelMetadata> newestCandidate() {
		String promoted = promotedVersion().orElse(null);
		return models().stream().filter(m -> !m.version().equals(promoted)).findFirst();
	}

	/**
	 * The cross-validated confusion of a model version from its evaluation report (pooled over the repetitions, which
	 * it records), for correcting topic counts; empty when the version is unknown or has no report.
	 */
	public Optional<Confusion> confusion(String version) {
		Optional<ModelMetadata> found = registry.find(version).map(ModelRegistry.RegisteredModel::metadata);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ModelMetadata m = found.get();
		EvaluationReport e = m.evaluation();
		if (e == null || e.confusion() == null || e.folds() == 0 || e.labels().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Confusion(e.labels(), e.confusion(), Math.max(1, e.repeats())));
	}

	/** The promoted version, if any. */
	public Optional<String> promotedVersion() {
		return registry.promotedVersion();
	}

	/**
	 * Starts retraining on the seeds plus the dashboard's labels, on the active topics of the store's taxonomy, in the
	 * background; refused while one runs. Labels of retired or unknown topics are left out with a warning that stays in
	 * the progress text.
	 */
	public synchronized TrainingProgress startRetraining(String user) {
		if (progress.get().state() == TrainingProgress.State.RUNNING) {
			throw new IllegalStateException("A retraining started by " + progress.get().startedBy() + " is still running");
		}
		Instant started = Instant.now();
		Duration expected = expectedTrainingTime();
		progress.set(new TrainingProgress(TrainingProgress.State.RUNNING, started, user, "…", null, expected));
		executor.submit(() -> retrain(started, user, expected));
		return progress.get();
	}

	/**
	 * How long a retraining should take: the last one's duration in this process, else the newest model's recorded
	 * cross-validation times with a margin for the learning curve and the final fit.
	 */
	private Duration expectedTrainingTime() {
		if (lastTrainingTime != null) {
			return lastTrainingTime;
		}
		return models().stream().findFirst().map(ModelMetadata::evaluation).filter(e -> !e.candidates().isEmpty())
			.map(e -> Duration.ofMillis(Math.round(LEARNING_CURVE_AND_FIT_MARGIN * 1000
					* e.candidates().stream().mapToDouble(EvaluationReport.Candidate::trainSeconds).sum())))
			.orElse(null);
	}

	private void retrain(Instant started, String user, Duration expected) {
		List<String> warnings = new CopyOnWriteArrayList<>();
		try {
			List<ArticleQueryService.LabelledArticle> dashboard = articles.labelledTexts("dashboard");
			List<LabelledText> later = dashboard.stream()
				.map(l -> new LabelledText(l.article().text(), new Topic(l.topic()), null, "store article " + l.article().id()))
				.toList();
			List<ArticleQueryService.LabelledArticle> labelled = new ArrayList<>(articles.labelledTexts("seed"));
			labelled.addAll(dashboard);
			ModelMetadata model = retraining.retrain(later, TopicDescription.active(taxonomy.current()),
					storedVectors(labelled), line -> {
				if (line.startsWith(WARNING)) {
					warnings.add(line.substring(WARNING.length()));
				}
				progress.set(new TrainingProgress(TrainingProgress.State.RUNNING, started, user, withWarnings(line, warnings),
						null, expected));
			});
			lastTrainingTime = Duration.between(started, Instant.now());
			progress.set(new TrainingProgress(TrainingProgress.State.COMPLETED, started, user,
					withWarnings(model.description(), warnings), model.version(), expected));
		}
		catch (IOException | RuntimeException | Error ex) {
			log.error("Retraining failed", ex);
			progress.set(new TrainingProgress(TrainingProgress.State.FAILED, started, user,
					withWarnings(ex.getMessage(), warnings), null, expected));
		}
	}

	/**
	 * The stored vectors of every labelled article (seed and dashboard labels), for every encoder spec the store holds:
	 * retraining reads these instead of running the network again.
	 */
	KnownVectors storedVectors() {
		List<ArticleQueryService.LabelledArticle> labelled = new ArrayList<>(articles.labelledTexts("seed"));
		labelled.addAll(articles.labelledTexts("dashboard"));
		return storedVectors(labelled);
	}

	private KnownVectors storedVectors(List<ArticleQueryService.LabelledArticle> labelled) {
		Map<Long, String> texts = new HashMap<>();
		labelled.forEach(l -> texts.put(l.article().id(), l.article().text()));
		KnownVectors known = KnownVectors.none();
		for (String encoder : vectors.encoders().keySet()) {
			vectors.vectors(encoder, texts.keySet()).forEach((id, vector) -> {
				known.add(EncoderSpec.parse(encoder, vector.length), texts.get(id), vector);
			});
		}
		return known;
	}

	/** The latest line with the warnings so far, so that they stay in sight until the run ends. */
	private static String withWarnings(String line, List<String> warnings) {
		return warnings.isEmpty() || line.startsWith(WARNING) && warnings.size() == 1 ? line
				: line + " · " + WARNING + String.join("; ", warnings);
	}

	/** The current or last retraining. */
	public TrainingProgress trainingProgress() {
		return progress.get();
	}

	/** Promotes a registered version and re-classifies every article with it in the background. */
	public BatchProgress promote(String version, String user) {
		if (batch.isRunning()) {
			throw new IllegalStateException("A classification run is in progress; promote when it has finished");
		}
		registry.promote(version, user, Instant.now());
		return batch.start(ClassifyMode.ALL, user);
	}

	/** Re-runs classification of every article with the promoted model, in the background. */
	public BatchProgress reclassify(String user) {
		return batch.start(ClassifyMode.ALL, user);
	}

	/** The current or last classification run. */
	public BatchProgress batchProgress() {
		return batch.progress();
	}

	/** The current or last embedding step (it runs before classification when the model reads sentence vectors). */
	public EmbeddingProgress embeddingProgress() {
		return embedding.progress();
	}

	/** What promoting {@code candidate} would change on the newest {@code sample} articles. */
	public ImpactReport impact(String candidate, int sample) {
		String current = promotedVersion().orElseThrow(() -> new IllegalStateException("No model is promoted"));
		TopicClassifier before = load(current);
		TopicClassifier after = load(candidate);
		Map<String, Long> byTopicBefore = new TreeMap<>();
		Map<String, Long> byTopicAfter = new TreeMap<>();
		Map<String, Long> changedByDistrict = new TreeMap<>();
		List<ImpactReport.Change> changed = new ArrayList<>();
		List<ArticleQueryService.ArticleText> texts = articles.newestTexts(sample);
		for (ArticleQueryService.ArticleText t : texts) {
			String from = topic(before.classify(t.text()));
			Prediction p = after.classify(t.text());
			String to = topic(p);
			byTopicBefore.merge(from, 1L, Long::sum);
			byTopicAfter.merge(to, 1L, Long::sum);
			if (!from.equals(to)) {
				changedByDistrict.merge(t.district(), 1L, Long::sum);
				if (changed.size() < CHANGED_LIMIT) {
					changed.add(new ImpactReport.Change(t.id(), t.headline(), t.district(), from, to, p.confidence()));
				}
			}
		}
		return new ImpactReport(current, candidate, texts.size(), byTopicBefore, byTopicAfter, changedByDistrict, changed);
	}

	private TopicClassifier load(String version) {
		var model = registry.find(version)
			.orElseThrow(() -> new IllegalArgumentException("No model " + version + " is registered"));
		try {
			return artifacts.load(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load model " + version + ": " + ex.getMessage(), ex);
		}
	}

	private static String topic(Prediction p) {
		return p.topic().map(Topic::code).orElse(UNCLASSIFIED);
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
