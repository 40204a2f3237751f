package com.lcnews.trends.classify.weka;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import weka.core.DictionaryBuilder;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Range;
import weka.core.SparseInstance;
import weka.core.Utils;
import weka.core.stemmers.NullStemmer;
import weka.core.tokenizers.WordTokenizer;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * The fitted {@link StringToWordVector} of a trained pipeline as plain lookups, for prediction: word to attribute
 * index in a hash map, inverse document frequencies precomputed, counts in a reusable array. It gives the same
 * instance as the filter (same indices, bit-identical values: the same arithmetic in the same order) at a fraction of
 * the cost (the filter tokenises the joined token string again and keeps the counts in a tree map).
 * <p>
 * Only the vectorizer the recipes build is compiled (one string attribute followed by the class, space-delimited
 * tokens, no lower-casing, no stemming, word counts). {@link #of} returns nothing for any other filter, or when its
 * output on probe texts differs from the filter's (for example after a change of Weka's internals), and the caller
 * then uses the filter itself.
 */
final class FittedVectorizer {

	private final Map<String, Integer> index;

	private final double[] idf;

	private final boolean tfTransform;

	private final boolean normalize;

	private final double averageDocLength;

	private final int classIndex;

	private final Instances outputFormat;

	private FittedVectorizer(Map<String, Integer> index, double[] idf, boolean tfTransform, boolean normalize,
			double averageDocLength, Instances outputFormat) {
		this.index = index;
		this.idf = idf;
		this.tfTransform = tfTransform;
		this.normalize = normalize;
		this.averageDocLength = averageDocLength;
		this.classIndex = outputFormat.classIndex();
		this.outputFormat = outputFormat;
	}

	/**
	 * The compiled form of a fitted vectorizer whose input format is the recipes' header, or nothing when the filter
	 * is of another kind or configuration, or does not give the same instances on the probe texts.
	 */
	static Optional<FittedVectorizer> of(StringToWordVector filter, Instances input) {
		try {
			Optional<FittedVectorizer> compiled = compile(filter, input);
			if (compiled.isPresent() && !compiled.get().agreesWith(filter, input, compiled.get().probes())) {
				return Optional.empty();
			}
			return compiled;
		}
		catch (Exception | LinkageError ex) {
			return Optional.empty();
		}
	}

	private static Optional<FittedVectorizer> compile(StringToWordVector filter, Instances input) throws Exception {
		Instances output = filter.getOutputFormat();
		boolean recipeShape = input.numAttributes() == 2 && input.attribute(0).isString() && input.classIndex() == 1
				&& output.classIndex() == 0 && filter.getTokenizer() instanceof WordTokenizer tokenizer
				&& " ".equals(tokenizer.getDelimiters()) && !filter.getLowerCaseTokens()
				&& (filter.getStemmer() == null || filter.getStemmer() instanceof NullStemmer)
				&& filter.getOutputWordCounts() && filter.getAttributeNamePrefix().isEmpty()
				&& vectorizesOnlyTheText(filter);
		if (!recipeShape) {
			return Optional.empty();
		}
		DictionaryBuilder builder = (DictionaryBuilder) field(StringToWordVector.class, "m_dictionaryBuilder")
			.get(filter);
		Map<String, int[]> dictionary = builder.finalizeDictionary();
		int documents = field(DictionaryBuilder.class, "m_count").getInt(builder);
		if (dictionary.size() + 1 != output.numAttributes()) {
			return Optional.empty();
		}
		Map<String, Integer> index = new HashMap<>(dictionary.size() * 2);
		double[] idf = new double[output.numAttributes()];
		for (Map.Entry<String, int[]> e : dictionary.entrySet()) {
			int attribute = e.getValue()[0] + 1;
			if (!output.attribute(attribute).name().equals(e.getKey())) {
				return Optional.empty();
			}
			index.put(e.getKey(), attribute);
			idf[attribute] = builder.getIDFTransform() ? Math.log(documents / (double) e.getValue()[1]) : 1;
		}
		return Optional.of(new FittedVectorizer(index, idf, builder.getTFTransform(), builder.getNormalize(),
				builder.getAverageDocLength(), output));
	}

	private static boolean vectorizesOnlyTheText(StringToWordVector filter) {
		Range selected = new Range(filter.getAttributeIndices());
		selected.setInvert(filter.getInvertSelection());
		selected.setUpper(1);
		return selected.isInRange(0) && !selected.isInRange(1);
	}

	private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
		Field field = owner.getDeclaredField(name);
		field.setAccessible(true);
		return field;
	}

	/** The filter's output format (class first, then one attribute per dictionary word). */
	Instances outputFormat() {
		return outputFormat;
	}

	/** Reusable counting space for one thread. */
	Counts newCounts() {
		return new Counts(outputFormat.numAttributes());
	}

	/**
	 * The instance the filter makes of these tokens joined by spaces, its class missing, its dataset the given copy of
	 * {@link #outputFormat()}.
	 */
	Instance vectorize(List<String> tokens, Counts counts, Instances dataset) {
		for (String token : tokens) {
			if (token.indexOf(' ') < 0) {
				count(token, counts);
			}
			else {
				for (String part : token.split(" ")) {
					count(part, counts);
				}
			}
		}
		int n = counts.touchedSize;
		int[] touched = counts.touched;
		Arrays.sort(touched, 0, n);
		int[] indices = new int[n + 1];
		double[] values = new double[n + 1];
		indices[0] = classIndex;
		values[0] = Utils.missingValue();
		double squares = 0;
		for (int i = 0; i < n; i++) {
			int attribute = touched[i];
			double value = counts.counts[attribute];
			counts.counts[attribute] = 0;
			if (tfTransform) {
				value = Math.log(value + 1);
			}
			value = value * idf[attribute];
			indices[i + 1] = attribute;
			values[i + 1] = value;
			squares += value * value;
		}
		counts.touchedSize = 0;
		if (normalize) {
			double docLength = Math.sqrt(squares);
			for (int i = 1; i <= n; i++) {
				values[i] = values[i] * averageDocLength / docLength;
			}
		}
		// like the filter's, the instance leaves out values that are zero
		Instance instance = new SparseInstance(1, values, indices, outputFormat.numAttributes());
		instance.setDataset(dataset);
		return instance;
	}

	private void count(String word, Counts counts) {
		if (word.isEmpty()) {
			return;
		}
		Integer attribute = index.get(word);
		if (attribute == null) {
			return;
		}
		if (counts.counts[attribute]++ == 0) {
			counts.touched[counts.touchedSize++] = attribute;
		}
	}

	/**
	 * Token lists made of the dictionary's own words (repeated, mixed with unknown words, empty, and all words at
	 * once), enough to exercise counting, the transforms and the length normalisation.
	 */
	List<List<String>> probes() {
		List<String> words = new ArrayList<>(index.keySet());
		Collections.sort(words);
		List<List<String>> probes = new ArrayList<>();
		probes.add(List.of());
		probes.add(List.of("\u0000not-a-word"));
		probes.add(words);
		int v = words.size();
		for (int i = 0; i < Math.min(v, 60); i++) {
			probes.add(List.of(words.get(i), words.get(i), words.get(i * 7 % v), "\u0000not-a-word", words.get(i * 13 % v),
					words.get(v - 1 - i), words.get(i)));
		}
		return probes;
	}

	/** Whether the filter makes the same instances of the probe texts (indices and values bit for bit). */
	boolean agreesWith(StringToWordVector filter, Instances header, List<List<String>> probes) throws Exception {
		Counts counts = newCounts();
		Instances dataset = new Instances(outputFormat, 0);
		for (List<String> tokens : probes) {
			Instance raw = WekaRecipes.unlabelled(header, String.join(" ", tokens));
			if (!filter.input(raw)) {
				return false;
			}
			filter.batchFinished();
			Instance expected = filter.output();
			if (!same(expected, vectorize(tokens, counts, dataset))) {
				return false;
			}
		}
		return true;
	}

	static boolean same(Instance a, Instance b) {
		if (a.numValues() != b.numValues() || a.numAttributes() != b.numAttributes()) {
			return false;
		}
		for (int i = 0; i < a.numValues(); i++) {
			if (a.index(i) != b.index(i)
					|| Double.doubleToLongBits(a.valueSparse(i)) != Double.doubleToLongBits(b.valueSparse(i))) {
				return false;
			}
		}
		return true;
	}

	/** A thread's counting array and the list of attributes it touched (reset after every text). */
	static final class Counts {

		private final double[] counts;

		private final int[] touched;

		private int touchedSize;

		Counts(int attributes) {
			this.counts = new double[attributes];
			this.touched = new int[attributes];
		}

	}

}
