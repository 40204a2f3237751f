package com.lcnews.trends.classify.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass normaliser gives exactly what NFKC plus the regular-expression replacements give. */
class TextNormalizerEquivalenceTest {

	@Property(tries = 3000)
	void fastPathEqualsTheReferenceOnMixedText(@ForAll("mixedText") String text) {
		assertThat(TextNormalizer.normalize(text)).isEqualTo(TextNormalizer.reference(text));
	}

	@Property(tries = 1000)
	void anyBasicMultilingualPlaneTextGivesTheReferenceResult(@ForAll("anyText") String text) {
		assertThat(TextNormalizer.normalize(text)).isEqualTo(TextNormalizer.reference(text));
	}

	@Example
	void seedPagesTakeTheFastPathAndGiveTheReferenceResult() throws IOException {
		try (Stream<Path> pages = Files.list(Path.of("seeds", "pages"))) {
			for (Path page : pages.toList()) {
				String text = Files.readString(page, StandardCharsets.UTF_8);
				assertThat(TextNormalizer.normalize(text)).as(page.toString()).isEqualTo(TextNormalizer.reference(text));
			}
		}
	}

	@Example
	void compatibilityCharactersFallBackToFullNormalisation() {
		assertThat(TextNormalizer.foldLower("ｶﾞ")).isNull();
		assertThat(TextNormalizer.normalize("ｶﾞ①…")).isEqualTo(TextNormalizer.reference("ｶﾞ①…"));
		assertThat(new String(TextNormalizer.foldLower("聊城，ＡＢ１２　xÆ"))).isEqualTo("聊城,ab12 xæ");
	}

	@Provide
	Arbitrary<String> mixedText() {
		Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u007f'),
				Arbitraries.chars().range('\u4e00', '\u9fff'), Arbitraries.chars().range('\uff01', '\uff65'),
				Arbitraries.chars().range('\u3000', '\u303f'), Arbitraries.chars().range('\u2000', '\u206f'),
				Arbitraries.chars().range('\u00a0', '\u00ff'), Arbitraries.of('0', '9', '.', ',', ' ', '\n', '\t'));
		return chars.list().ofMaxSize(40).map(list -> {
			StringBuilder b = new StringBuilder();
			list.forEach(b::append);
			return b.toString();
		});
	}

	@Provide
	Arbitrary<String> anyText() {
		return Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(30)
			.filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
	}

}
