package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.Article;

/** The seed pages give the articles, dates and districts an editor reads in them (src/test/resources/ingest). */
class SeedPagesGoldenTest {

	private static final Path PAGES = Path.of("seeds/pages");

	private final PageExtractor extractor = PageExtractor.bundled();

	@Test
	void seedPagesMeetTheGoldAnnotation() throws IOException {
		ExtractionEvaluation.Figures f = ExtractionEvaluation.evaluate(extractor,
				ExtractionEvaluation.read(Path.of("src/test/resources/ingest/seed-pages-gold.tsv")), PAGES, false);
		assertThat(f.f1()).as(f.summary() + "\n" + f.misses()).isGreaterThanOrEqualTo(0.98);
		assertThat(f.dateAccuracy()).as(f.summary() + "\n" + f.misses()).isGreaterThanOrEqualTo(0.95);
		assertThat(f.districtAccuracy()).as(f.summary() + "\n" + f.misses()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void seedPagesPrintedWithoutBlankLinesSplitTheSame() throws IOException {
		ExtractionEvaluation.Figures f = ExtractionEvaluation.evaluate(extractor,
				ExtractionEvaluation.read(Path.of("src/test/resources/ingest/seed-pages-gold.tsv")), PAGES, true);
		assertThat(f.f1()).as(f.summary() + "\n" + f.misses()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void heldOutPagesOfOtherPapersMeetTheirGoldAnnotation() throws IOException {
		for (boolean withoutBlankLines : new boolean[] { false, true }) {
			ExtractionEvaluation.Figures f = ExtractionEvaluation.evaluate(extractor,
					ExtractionEvaluation.read(Path.of("src/test/resources/ingest/heldout-gold.tsv")),
					Path.of("src/test/resources/ingest/heldout"), withoutBlankLines);
			assertThat(f.f1()).as(f.summary() + "\n" + f.misses()).isGreaterThanOrEqualTo(0.85);
			assertThat(f.dateAccuracy()).as(f.summary() + "\n" + f.misses()).isGreaterThanOrEqualTo(0.85);
			assertThat(f.districtAccuracy()).as(f.summary() + "\n" + f.misses()).isGreaterThanOrEqualTo(0.85);
		}
	}

	@Test
	void noSeedPageLosesText() throws IOException {
		ArticleSplitter splitter = new ArticleSplitter(s -> false);
		for (Path page : pages()) {
			String text = Files.readString(page);
			PageChecks.assertNothingDropped(text, splitter.split(text));
		}
	}

	@Test
	void bannersAndCaptionsOfTheSeedPagesAreSkippedWithTheirReason() throws IOException {
		List<SkippedLine> skipped = new ArrayList<>();
		for (Path page : pages()) {
			skipped.addAll(extractor.extract(page.getFileName().toString(), Files.readString(page), null, null).skipped());
		}
		assertThat(skipped).extracting(SkippedLine::text, SkippedLine::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("决战决胜·脱贫攻坚", "section banner"),
					org.assertj.core.groups.Tuple.tuple("聊城在行动", "section banner"),
					org.assertj.core.groups.Tuple.tuple("▲在银座商城,工作人员查验市民健康码", "photo caption"),
					org.assertj.core.groups.Tuple.tuple("华凤霞(左三)到疫苗接种卫生院现场指导,协助做好群众疫苗接种工作", "photo caption"));
	}

	@Test
	void evidenceIsStoredWithEveryDecision() throws IOException {
		for (Path page : pages()) {
			for (Article a : extractor.extract(page.getFileName().toString(), Files.readString(page), null, null).articles()) {
				assertThat(a.dateEvidence()).as(a.headline()).isNotBlank();
				assertThat(a.districtEvidence()).as(a.headline()).isNotBlank();
			}
		}
	}

	private static List<Path> pages() throws IOException {
		try (Stream<Path> files = Files.list(PAGES)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
	}

}
