package com.lcnews.trends.modelops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.training.RetrainingService;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.taxonomy.Taxonomy;

/** The data scientist's model workflow behind the "models and labels" view. One retraining at a time. */
@Service
public class ModelOpsService implements DisposableBean {

	/** How many changed articles an impact report lists. */
	public static final int CHANGED_LIMIT = 200;

	private static final Logger log = LoggerFactory.getLogger(ModelOpsService.class);

	private static final String UNCLASSIFIED = "_unclassified";

	private static final String WARNING = "warning: ";

	private final ModelRegistry registry;

	private final ModelArtifacts artifacts;

	private final RetrainingService retraining;

	private final ArticleQueryService articles;

	private final BatchRunService batch;

	private final Taxonomy taxonomy;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "retraining"));

	private final AtomicReference<TrainingProgress> progress = new AtomicReference<>(TrainingProgress.idle());

	ModelOpsService(ModelRegistry registry, ModelArtifacts artifacts, RetrainingService retraining,
			ArticleQueryService articles, BatchRunService batch, Taxonomy taxonomy) {
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
		progress.set(new TrainingProgress(TrainingProgress.State.RUNNING, started, user, "…", null));
		executor.submit(() -> retrain(started, user));
		return progress.get();
	}

	private void retrain(Instant started, String user) {
		List<String> warnings = new CopyOnWriteArrayList<>();
		try {
			List<LabelledText> later = articles.labelledTexts("dashboard")
				.stream()
				.map(l -> new LabelledText(l.article().text(), new Topic(l.topic()), null, "store article " + l.article().id()))
				.toList();
			ModelMetadata model = retraining.retrain(later, TopicDescription.active(taxonomy.current()), line -> {
				if (line.startsWith(WARNING)) {
					warnings.add(line.substring(WARNING.length()));
				}
				progress.set(new TrainingProgress(TrainingProgress.State.RUNNING, started, user, withWarnings(line, warnings),
						null));
			});
			progress.set(new TrainingProgress(TrainingProgress.State.COMPLETED, started, user,
					withWarnings(model.description(), warnings), model.version()));
		}
		catch (IOException | RuntimeException | Error ex) {
			log.error("Retraining failed", ex);
			progress.set(new TrainingProgress(TrainingProgress.State.FAILED, started, user,
					withWarnings(ex.getMessage(), warnings), null));
		}
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
