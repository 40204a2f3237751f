package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.VectorSource;
import com.lcnews.trends.classify.text.TextSegmenters;


/**
 * The labelled texts with everything recipes read: class indices, groups, segmented texts per segmenter, embedding
 * vectors per text length and the topics' description vectors; and the candidate recipes built over them.
 */
final class TrainingTable {

	/** Prior weight of a topic's description among its labelled examples in few-shot prototypes. */
	static final double PROTOTYPE_PRIOR = 2;

	final List<LabelledText> texts;

	final List<String> topics;

	final int[] classes;

	final Map<Integer, float[][]> vectors = new LinkedHashMap<>();

	final Map<Integer, EncoderSpec> specs = new LinkedHashMap<>();

	private final Map<String, List<String>> segmented = new HashMap<>();

	float[][][] descriptionVectors;

	float[][] descriptionMeans;

	TrainingTable(List<LabelledText> texts, List<String> topics) {
		this.texts = texts;
		this.topics = topics;
		this.classes = texts.stream().mapToInt(t -> topics.indexOf(t.topic().code())).toArray();
	}

	List<String> groups() {
		return texts.stream().map(LabelledText::group).toList();
	}

	/**
	 * Gets the vectors of every text at every candidate length (a length that cuts no text differently from a shorter
	 * one is skipped: it would read the same) and the description vectors.
	 */
	void embed(VectorSource source, TrainingOptions options, List<TopicDescription> descriptions,
			Consumer<String> progress) {
		List<String> raw = texts.stream().map(LabelledText::text).toList();
		List<String> previous = null;
		for (int lead : options.leadChars().stream().sorted().toList()) {
			EncoderSpec spec = new EncoderSpec(options.encoderModel(), 512, lead);
			List<String> shaped = raw.stream().map(spec::shape).toList();
			if (shaped.equals(previous)) {
				progress.accept("lead " + lead + " reads the same as a shorter one for every text: skipped");
				continue;
			}
			previous = shaped;
			List<float[]> v = source.vectors(spec, raw, progress);
			spec = new EncoderSpec(spec.model(), v.isEmpty() ? 512 : v.get(0).length, lead);
			vectors.put(lead, v.toArray(new float[0][]));
			specs.put(lead, spec);
		}
		EncoderSpec whole = specs.values().iterator().next().withLeadChars(512);
		descriptionVectors = new float[topics.size()][][];
		descriptionMeans = new float[topics.size()][];
		Map<String, TopicDescription> byCode = new HashMap<>();
		descriptions.forEach(d -> byCode.put(d.code(), d));
		for (int c = 0; c < topics.size(); c++) {
			TopicDescription d = byCode.getOrDefault(topics.get(c), new TopicDescription(topics.get(c), List.of()));
			descriptionVectors[c] = source.vectors(whole, d.texts(), progress).toArray(new float[0][]);
			descriptionMeans[c] = mean(descriptionVectors[c]);
		}
	}

	static float[] mean(float[][] vectors) {
		double[] sum = new double[vectors[0].length];
		for (float[] v : vectors) {
			for (int j = 0; j < v.length; j++) {
				sum[j] += v[j];
			}
		}
		return PrototypePart.unit(sum);
	}

	/** Text recipes: every segmenter x learner, naive Bayes by default. */
	List<RecipeSearch.Recipe> textRecipes(List<String> segmenters, List<String> learners, long seed,
			Consumer<String> progress) {
		List<RecipeSearch.Recipe> recipes = new ArrayList<>();
		for (String segmenter : segmenters) {
			for (String learner : learners) {
				recipes.add(new RecipeSearch.Recipe(learner + "/" + segmenter, segmenter, learner, 0,
						rows -> TextPart.fit(segmented(segmenter, progress), labels(), rows, segmenter, learner, topics, seed),
						true));
			}
		}
		return recipes;
	}

	/** Embedding recipes of the given kinds at every length embedded ({@code combined} is built from runs). */
	List<RecipeSearch.Recipe> embeddingRecipes(List<String> kinds, long seed) {
		List<RecipeSearch.Recipe> recipes = new ArrayList<>();
		for (var e : vectors.entrySet()) {
			int lead = e.getKey();
			float[][] v = e.getValue();
			String reads = specs.get(lead).id();
			if (kinds.contains("zero-shot")) {
				recipes.add(new RecipeSearch.Recipe("zero-shot@" + lead, reads, "zero-shot", lead,
						rows -> new PrototypePart(descriptionMeans), false));
			}
			if (kinds.contains("prototypes")) {
				recipes.add(new RecipeSearch.Recipe("prototypes@" + lead, reads, "prototypes", lead,
						rows -> PrototypePart.fit(descriptionMeans, v, classes, rows, PROTOTYPE_PRIOR), true));
			}
			if (kinds.contains("lr")) {
				recipes.add(new RecipeSearch.Recipe("lr@" + lead, reads, "lr", lead,
						rows -> LinearPart.fit(v, classes, rows, descriptionVectors, topics, LinearPart.COST, seed), true));
			}
		}
		return recipes;
	}

	/** The token strings of every text by a segmenter (computed once). */
	synchronized List<String> segmented(String segmenter, Consumer<String> progress) {
		return segmented.computeIfAbsent(segmenter, s -> {
			progress.accept("segmenting " + texts.size() + " texts with " + s);
			var textSegmenter = TextSegmenters.forName(s);
			return texts.parallelStream().map(d -> textSegmenter.tokenString(d.text())).toList();
		});
	}

	private List<String> labels() {
		return texts.stream().map(d -> d.topic().code()).toList();
	}

	/** The features of text i as a recipe reading {@code lead} characters sees them. */
	Part.Features features(int lead, int i) {
		float[][] v = vectors.get(lead);
		return Part.Features.of(texts.get(i).text(), v == null ? null : v[i]);
	}

}
