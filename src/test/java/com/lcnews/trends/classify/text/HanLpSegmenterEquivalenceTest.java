package com.lcnews.trends.classify.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The word segmenter walks HanLP's tries itself; it must give exactly the tokens HanLP's own
 * {@code DoubleArrayTrieSegment} gives with the same user dictionary (the way models were trained before).
 */
class HanLpSegmenterEquivalenceTest {

	private static final Set<String> PLACES = TextSegmenters.divisionNames();

	private static final Segment HANLP = hanLp(PLACES);

	private static final List<String> PAGES = pages();

	/** Words the reference finds in the seed pages, and the place names: glued at random they overlap in many ways. */
	private static final List<String> WORDS = words();

	@Example
	void seedPagesGiveHanLpsTokens() {
		for (boolean bigrams : new boolean[] { false, true }) {
			HanLpSegmenter segmenter = new HanLpSegmenter(PLACES, bigrams, "test");
			for (String page : PAGES) {
				String text = TextNormalizer.normalize(page);
				assertThat(segmenter.segment(text)).isEqualTo(reference(text, bigrams));
			}
		}
	}

	@Property(tries = 2000)
	void gluedWordsGiveHanLpsTokens(@ForAll("gluedWords") String text) {
		assertThat(new HanLpSegmenter(PLACES, false, "test").segment(text)).isEqualTo(reference(text, false));
	}

	@Property(tries = 500)
	void gluedWordsWithBigramsGiveHanLpsTokens(@ForAll("gluedWords") String text) {
		assertThat(new HanLpSegmenter(PLACES, true, "test").segment(text)).isEqualTo(reference(text, true));
	}

	@Property(tries = 1000)
	void anyTextGivesHanLpsTokens(@ForAll("anyText") String text) {
		assertThat(new HanLpSegmenter(PLACES, false, "test").segment(text)).isEqualTo(reference(text, false));
	}

	@Example
	void placeNamesOfTheUserDictionaryStayWhole() {
		assertThat(new HanLpSegmenter(PLACES, false, "test").segment("东昌府区道口铺街道中心学校"))
			.startsWith("东昌府区", "道口铺街道");
	}

	@Provide
	Arbitrary<String> gluedWords() {
		Arbitrary<String> pieces = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(8, Arbitraries.of(WORDS)),
				net.jqwik.api.Tuple.of(1, Arbitraries.of("，", "。", " ", "0", "a", "ab", "的", "区", "镇", "街道")));
		return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
	}

	@Provide
	Arbitrary<String> anyText() {
		return Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(40);
	}

	/** HanLP's own segmenter, configured as the word segmenter was before it walked the tries itself. */
	private static Segment hanLp(Set<String> places) {
		TreeMap<String, CoreDictionary.Attribute> words = new TreeMap<>();
		for (String word : places) {
			words.put(word, CoreDictionary.Attribute.create("ns 1000"));
		}
		DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
		trie.build(words);
		DynamicCustomDictionary custom = new DynamicCustomDictionary(trie, new BinTrie<CoreDictionary.Attribute>(),
				null);
		return new DoubleArrayTrieSegment().enableCustomDictionary(custom)
			.enablePartOfSpeechTagging(false)
			.enableNumberQuantifierRecognize(false);
	}

	private static List<String> reference(String text, boolean bigrams) {
		List<String> tokens = new ArrayList<>();
		for (Term term : HANLP.seg(text)) {
			String word = term.word;
			if (word.chars().noneMatch(c -> Character.isLetterOrDigit((char) c))) {
				continue;
			}
			tokens.add(word);
			if (bigrams && word.length() > 2) {
				for (int i = 0; i + 2 <= word.length(); i++) {
					tokens.add(word.substring(i, i + 2));
				}
			}
		}
		return tokens;
	}

	private static List<String> pages() {
		try (Stream<Path> files = Files.list(Path.of("seeds", "pages"))) {
			List<String> pages = new ArrayList<>();
			for (Path page : files.sorted().toList()) {
				pages.add(Files.readString(page, StandardCharsets.UTF_8));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> words() {
		Set<String> words = new LinkedHashSet<>(PLACES);
		for (String page : PAGES) {
			words.addAll(reference(TextNormalizer.normalize(page), false));
		}
		return List.copyOf(words);
	}

}
