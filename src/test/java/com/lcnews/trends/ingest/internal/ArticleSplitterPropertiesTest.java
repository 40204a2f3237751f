package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No input crashes the splitter or the extractor, and no visible character is lost. */
class ArticleSplitterPropertiesTest {

	private static final PageExtractor EXTRACTOR = PageExtractor.bundled();

	private final ArticleSplitter splitter = new ArticleSplitter(s -> s.contains("区"));

	@Property(tries = 300)
	void anyTextSplitsWithoutLosingCharacters(@ForAll("pageLike") String text) {
		SplitPage page = splitter.split(text);
		PageChecks.assertNothingDropped(text, page);
		assertThat(page.articles()).extracting(ParsedArticle::ordinal)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, page.articles().size()).boxed().toList());
	}

	@Property(tries = 200)
	void arbitraryUnicodeNeverCrashesTheExtractor(@ForAll String text) {
		PageExtractor.Extracted page = EXTRACTOR.extract("x.txt", text, null, null);
		assertThat(page.articles()).hasSameSizeAs(page.hashes());
	}

	@Property(tries = 200)
	void pageLikeTextNeverCrashesTheExtractor(@ForAll("pageLike") String text) {
		PageExtractor.Extracted page = EXTRACTOR.extract("x.txt", text, java.time.LocalDate.of(2021, 6, 10), "371502");
		page.articles().forEach(a -> assertThat(a.datePrecision()).isNotNull());
	}

	@Provide
	Arbitrary<String> pageLike() {
		Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of("\n", "\n\n", "\r\n", " ", "。", ",", "“", "”", "(", ")",
				"(记者 李璇)", "本报聊城6月10日讯", "东昌讯", "6月5日", "2021年6月10日", "近日", "我区", "开发区", "公告", "▲", "星期五",
				"公益广告", "东昌府区", "道口铺街道", "菏泽", "文/图 记者 黄啟峰", "2020年", "早在", "以来"),
				Arbitraries.strings().withCharRange('\u4E00', '\u4E30').ofMinLength(1).ofMaxLength(50));
		return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
	}

}
