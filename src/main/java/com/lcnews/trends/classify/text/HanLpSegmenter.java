package com.lcnews.trends.classify.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Dictionary word segmentation with HanLP's double-array-trie segmenter (longest match on the core dictionary), plus
 * a user dictionary of words that must stay whole (place names from the division table). Optionally adds the
 * character bigrams of each word longer than two characters, so that unseen compounds still share features.
 * Thread-safe: the segmenter only reads its tries.
 */
final class HanLpSegmenter implements TextSegmenter {

	private final Segment segment;

	private final boolean addBigrams;

	private final String name;

	HanLpSegmenter(Collection<String> userWords, boolean addBigrams, String name) {
		TreeMap<String, CoreDictionary.Attribute> words = new TreeMap<>();
		for (String word : userWords) {
			words.put(word, CoreDictionary.Attribute.create("ns 1000"));
		}
		DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
		trie.build(words);
		DynamicCustomDictionary custom = new DynamicCustomDictionary(trie, new BinTrie<CoreDictionary.Attribute>(),
				null);
		this.segment = new DoubleArrayTrieSegment().enableCustomDictionary(custom)
			.enablePartOfSpeechTagging(false)
			.enableNumberQuantifierRecognize(false);
		this.addBigrams = addBigrams;
		this.name = name;
	}

	@Override
	public List<String> segment(String text) {
		List<Term> terms = segment.seg(text);
		List<String> tokens = new ArrayList<>(terms.size() * (addBigrams ? 2 : 1));
		for (Term term : terms) {
			String word = term.word;
			if (!hasLetterOrDigit(word)) {
				continue;
			}
			tokens.add(word);
			if (addBigrams && word.length() > 2) {
				for (int i = 0; i + 2 <= word.length(); i++) {
					tokens.add(word.substring(i, i + 2));
				}
			}
		}
		return tokens;
	}

	private static boolean hasLetterOrDigit(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isLetterOrDigit(word.charAt(i))) {
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
