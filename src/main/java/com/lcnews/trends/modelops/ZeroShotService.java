package com.lcnews.trends.modelops;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.EvaluationReport;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.training.RetrainingService;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.TopicCatalog;
import com.lcnews.trends.shared.taxonomy.Taxonomy;
import com.lcnews.trends.vectors.ArticleVectors;

/**
 * Zero-shot at once: how the topic descriptions alone classify the newest articles (read from their stored vectors of
 * the promoted model's encoder: the network runs for the descriptions only), and a zero-shot model of the store's
 * taxonomy written and registered as a model version, to be compared and promoted on the models page.
 */
@Service
public class ZeroShotService {

	/** How many of the newest articles a preview classifies. */
	public static final int SAMPLE = 200;

	/** The version prefix of zero-shot models. */
	public static final String NAME = "zero-shot";

	private static final String UNCLASSIFIED = "_unclassified";

	private final TrainingService training;

	private final PromotedModel promoted;

	private final ModelArtifacts artifacts;

	private final ModelRegistry registry;

	private final ArticleQueryService articles;

	private final ArticleVectors vectors;

	private final Taxonomy taxonomy;

	ZeroShotService(TrainingService training, PromotedModel promoted, ModelArtifacts artifacts, ModelRegistry registry,
			ArticleQueryService articles, ArticleVectors vectors, Taxonomy taxonomy) {
		this.training = training;
		this.promoted = promoted;
		this.artifacts = artifacts;
		this.registry = registry;
		this.articles = articles;
		this.vectors = vectors;
		this.taxonomy = taxonomy;
	}

	/**
	 * Classifies the newest {@code sample} articles that have a stored vector with a zero-shot classifier of the active
	 * topics of {@code catalog} (e.g. the taxonomy just edited), beside the promoted model.
	 * @throws ZeroShotException when no model is promoted, it reads no stored vectors, or the taxonomy has fewer than two
	 * active topics
	 */
	public ZeroShotPreview preview(TopicCatalog catalog, int sample) {
		TopicClassifier current = promoted();
		EncoderSpec spec = spec(current);
		long start = System.nanoTime();
		TopicClassifier zeroShot = training.zeroShot(describe(catalog), spec);
		long buildMillis = (System.nanoTime() - start) / 1_000_000;
		List<ArticleQueryService.ArticleText> texts = articles.newestTexts(sample);
		Map<Long, float[]> stored = vectors.vectors(spec.id(), texts.stream().map(ArticleQueryService.ArticleText::id).toList());
		List<ZeroShotPreview.Row> rows = new ArrayList<>();
		Map<String, Long> byTopic = new TreeMap<>();
		Map<String, Long> currentByTopic = new TreeMap<>();
		for (ArticleQueryService.ArticleText t : texts) {
			float[] v = stored.get(t.id());
			if (v == null) {
				continue;
			}
			Prediction p = zeroShot.classify(t.text(), v);
			String now = topic(current.classify(t.text(), v));
			rows.add(new ZeroShotPreview.Row(t.id(), t.headline(), t.district(), p.best().code(), p.confidence(), now));
			byTopic.merge(p.best().code(), 1L, Long::sum);
			currentByTopic.merge(now, 1L, Long::sum);
		}
		return new ZeroShotPreview(spec.id(), sample, rows, byTopic, currentByTopic, current.model().version(),
				buildMillis);
	}

	/**
	 * Writes a zero-shot model of the store's taxonomy (active topics) into the data home's model folder and registers
	 * it, unless the taxonomy as it is now is registered already (then that version is returned). Its report: trained on no labels, scored on every labelled article of the store that has a stored vector.
	 * @throws ZeroShotException as {@link #preview}
	 */
	public Registration register() throws IOException {
		List<TopicDescription> topics = describe(taxonomy.current());
		EncoderSpec spec = spec(promoted());
		Optional<ModelMetadata> same = registered(topics, spec);
		if (same.isPresent()) {
			return new Registration(same.get(), true);
		}
		TopicClassifier zeroShot = training.zeroShot(topics, spec);
		var source = new ModelMetadata.Source(RetrainingService.STORE_TAXONOMY, TopicDescription.fingerprint(topics),
				topics.size());
		ModelMetadata metadata = training.writeZeroShot(zeroShot, source, score(zeroShot, spec), NAME,
				artifacts.folder());
		registry.register(metadata, artifacts.artifactName(artifacts.folder().resolve(metadata.version() + ".json")));
		return new Registration(metadata, false);
	}

	/**
	 * A registered zero-shot version; {@code existing}: the taxonomy as it is now (the same active topics and
	 * descriptions, read with the same encoder spec) was registered before, and nothing new was written.
	 */
	public record Registration(ModelMetadata model, boolean existing) {
	}

	private Optional<ModelMetadata> registered(List<TopicDescription> topics, EncoderSpec spec) {
		String fingerprint = TopicDescription.fingerprint(topics);
		return registry.list().stream().map(ModelRegistry.RegisteredModel::metadata)
			.filter(m -> m.taxonomy() != null && fingerprint.equals(m.taxonomy().sha256()))
			.filter(m -> ("zero-shot@" + spec.leadChars()).equals(m.recipe()) && spec.id().equals(m.encoder()))
			.max(java.util.Comparator.comparing(ModelMetadata::createdAt));
	}

	/** The zero-shot classifier tested on the store's labelled articles of its topics, from their stored vectors. */
	private EvaluationReport score(TopicClassifier zeroShot, EncoderSpec spec) {
		List<String> codes = zeroShot.topics().stream().map(Topic::code).toList();
		List<ArticleQueryService.LabelledArticle> labelled = new ArrayList<>(articles.labelledTexts("seed"));
		labelled.addAll(articles.labelledTexts("dashboard"));
		labelled.removeIf(l -> !codes.contains(l.topic()));
		Map<Long, float[]> stored = vectors.vectors(spec.id(), labelled.stream().map(l -> l.article().id()).toList());
		Map<String, float[]> byText = new HashMap<>();
		List<LabelledText> data = new ArrayList<>();
		for (ArticleQueryService.LabelledArticle l : labelled) {
			float[] v = stored.get(l.article().id());
			if (v != null) {
				byText.put(l.article().text(), v);
				data.add(new LabelledText(l.article().text(), new Topic(l.topic()), null, "store article " + l.article().id()));
			}
		}
		if (data.isEmpty()) {
			return null;
		}
		return training.evaluate(new StoredVectorClassifier(zeroShot, byText), data, data.size() + " of the "
				+ labelled.size() + " labelled articles of the store (seed and dashboard labels of active topics) that "
				+ "have a stored vector of " + spec.id());
	}

	private static List<TopicDescription> describe(TopicCatalog catalog) {
		List<TopicDescription> topics = TopicDescription.active(catalog);
		if (topics.size() < 2) {
			throw new ZeroShotException(ZeroShotException.Problem.TOO_FEW_TOPICS, null, topics.size());
		}
		return topics;
	}

	private TopicClassifier promoted() {
		try {
			return promoted.classifier();
		}
		catch (IllegalStateException ex) {
			throw new ZeroShotException(ZeroShotException.Problem.NO_MODEL, ex, ex.getMessage());
		}
	}

	/** The spec of the vectors the promoted model reads: those are the stored ones. */
	private static EncoderSpec spec(TopicClassifier current) {
		return current.encoder().orElseThrow(() -> new ZeroShotException(ZeroShotException.Problem.NO_VECTORS, null,
				current.model().version()));
	}

	private static String topic(Prediction p) {
		return p.topic().map(Topic::code).orElse(UNCLASSIFIED);
	}

}
