package com.lcnews.trends.classify.weka;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lcnews.trends.classify.text.TextSegmenter;

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

	private final WordIndex index;

	private final double[] idf;

	private final boolean tfTransform;

	private final boolean normalize;

	private final double averageDocLength;

	private final int classIndex;

	private final Instances outputFormat;

	private FittedVectorizer(WordIndex index, double[] idf, boolean tfTransform, boolean normalize,
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
		WordIndex index = new WordIndex(dictionary.size());
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

	/** Tokens to vectorize: hands them to a sink. */
	@FunctionalInterface
	interface Tokens {

		void emit(TextSegmenter.TokenSink sink);

		static Tokens of(List<String> tokens) {
			return sink -> tokens.forEach(t -> sink.token(t.toCharArray(), 0, t.length()));
		}

	}

	/**
	 * The instance the filter makes of these tokens joined by spaces, its class missing, its dataset the given copy of
	 * {@link #outputFormat()}.
	 */
	Instance vectorize(List<String> tokens, Counts counts, Instances dataset) {
		return vectorize(Tokens.of(tokens), counts, dataset);
	}

	/** As {@link #vectorize(List, Counts, Instances)}, for tokens handed out as character ranges. */
	Instance vectorize(Tokens tokens, Counts counts, Instances dataset) {
		tokens.emit((chars, start, length) -> countSplitAtSpaces(chars, start, length, counts));
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

	/** Counts the space-separated parts of a token, as the filter's tokenizer splits the joined tokens. */
	private void countSplitAtSpaces(char[] chars, int start, int length, Counts counts) {
		int end = start + length;
		int from = start;
		for (int i = start; i <= end; i++) {
			if (i == end || chars[i] == ' ') {
				if (i > from) {
					count(chars, from, i - from, counts);
				}
				from = i + 1;
			}
		}
	}

	private void count(char[] chars, int start, int length, Counts counts) {
		int attribute = index.get(chars, start, length);
		if (attribute >= 0 && counts.counts[attribute]++ == 0) {
			counts.touched[counts.touchedSize++] = attribute;
		}
	}

	/**
	 * Token lists made of the dictionary's own words (repeated, mixed with unknown words, empty, and all words at
	 * once), enough to exercise counting, the transforms and the length normalisation.
	 */
	List<List<String>> probes() {
		List<String> words = index.words();
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

	/**
	 * Word to attribute index, looked up by a range of characters without making a string: open addressing, keys
	 * compared character by character, hashed like {@link String#hashCode()}.
	 */
	static final class WordIndex {

		private final char[][] keys;

		private final int[] values;

		private final int mask;

		WordIndex(int words) {
			int capacity = Integer.highestOneBit(Math.max(4, words * 3)) << 1;
			this.keys = new char[capacity][];
			this.values = new int[capacity];
			this.mask = capacity - 1;
		}

		void put(String word, int value) {
			char[] key = word.toCharArray();
			int slot = spread(hash(key, 0, key.length)) & mask;
			while (keys[slot] != null && !Arrays.equals(keys[slot], key)) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = key;
			values[slot] = value;
		}

		/** The value of the word at {@code chars[start, start + length)}, or -1. */
		int get(char[] chars, int start, int length) {
			int slot = spread(hash(chars, start, length)) & mask;
			for (char[] key = keys[slot]; key != null; key = keys[slot]) {
				if (key.length == length && Arrays.equals(key, 0, length, chars, start, start + length)) {
					return values[slot];
				}
				slot = (slot + 1) & mask;
			}
			return -1;
		}

		List<String> words() {
			List<String> words = new ArrayList<>();
			for (char[] key : keys) {
				if (key != null) {
					words.add(new String(key));
				}
			}
			return words;
		}

		private static int hash(char[] chars, int start, int length) {
			int h = 0;
			for (int i = start; i < start + length; i++) {
				h = 31 * h + chars[i];
			}
			return h;
		}

		private static int spread(int h) {
			return h ^ (h >>> 16);
		}

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
