package com.lcnews.trends.classify.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Dictionary word segmentation: longest match on HanLP's core dictionary, then on a user dictionary of words that
 * must stay whole (place names from the division table), exactly as HanLP's {@code DoubleArrayTrieSegment} with that
 * user dictionary and without part-of-speech tagging segments a text. Optionally adds the character bigrams of each
 * word longer than two characters, so that unseen compounds still share features.
 * <p>
 * The segmentation runs on every article the batch job classifies, so it walks HanLP's tries directly and hands out
 * character ranges, instead of going through HanLP's {@code Segment} (a {@code Term}, a string and a linked list node
 * per word, and a scan of an empty dynamic dictionary). {@code HanLpSegmenterEquivalenceTest} checks that
 * both give the same tokens. Thread-safe: it only reads the tries.
 */
final class HanLpSegmenter implements TextSegmenter {

	private final DoubleArrayTrie<CoreDictionary.Attribute> core;

	private final DoubleArrayTrie<CoreDictionary.Attribute> userWords;

	private final boolean addBigrams;

	private final String name;

	HanLpSegmenter(Collection<String> userWords, boolean addBigrams, String name) {
		this.core = CoreDictionary.trie;
		this.userWords = userTrie(userWords);
		this.addBigrams = addBigrams;
		this.name = name;
	}

	/** The user dictionary as HanLP builds a custom dictionary's trie (words sorted, a place-name attribute each). */
	static DoubleArrayTrie<CoreDictionary.Attribute> userTrie(Collection<String> words) {
		TreeMap<String, CoreDictionary.Attribute> sorted = new TreeMap<>();
		for (String word : words) {
			sorted.put(word, CoreDictionary.Attribute.create("ns 1000"));
		}
		DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
		trie.build(sorted);
		return trie;
	}

	@Override
	public void segment(String text, TokenSink sink) {
		char[] chars = text.toCharArray();
		int[] lengths = wordLengths(chars);
		for (int start = 0; start < chars.length; start += lengths[start]) {
			int length = lengths[start];
			if (!hasLetterOrDigit(chars, start, length)) {
				continue;
			}
			sink.token(chars, start, length);
			if (addBigrams && length > 2) {
				for (int i = start; i + 2 <= start + length; i++) {
					sink.token(chars, i, 2);
				}
			}
		}
	}

	/**
	 * The length of the word that starts at each position a word starts at (1 where no dictionary word does): the
	 * longest core-dictionary matches, left to right, then the user dictionary's, which replace them where they start.
	 */
	private int[] wordLengths(char[] chars) {
		int[] lengths = new int[chars.length];
		Arrays.fill(lengths, 1);
		markLongest(core, chars, lengths);
		markLongest(userWords, chars, lengths);
		return lengths;
	}

	private static void markLongest(DoubleArrayTrie<CoreDictionary.Attribute> trie, char[] chars, int[] lengths) {
		DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher searcher = trie.getLongestSearcher(chars, 0);
		while (searcher.next()) {
			lengths[searcher.begin] = searcher.length;
		}
	}

	private static boolean hasLetterOrDigit(char[] chars, int start, int length) {
		for (int i = start; i < start + length; i++) {
			char c = chars[i];
			// common CJK ideographs (letters since Unicode 1.1) and ASCII first: the general test is slower
			if ((c >= 0x4E00 && c <= 0x9FA5) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
					|| Character.isLetterOrDigit(c)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String name() {
		return name;
	}

}
