package com.lcnews.trends.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.lcnews.trends.shared.Article;

/**
 * Measures extraction against a gold annotation written by reading the pages: article split precision, recall and F1
 * (an article counts as found when its first and last page lines are the gold ones), date accuracy (value and
 * precision) and district accuracy over all gold articles (an article that was not found counts as wrong).
 * <p>
 * Gold files are TSV: {@code source first_line last_line kind headline date precision district}, with dates as
 * {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or {@code null}, districts as codes, {@code -} or {@code null}.
 * The variant {@code --no-blank-lines} evaluates the same pages with every blank line removed (the gold line numbers
 * are mapped), the layout of pages printed without blank lines between articles.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.lcnews.trends.ingest.internal.ExtractionEvaluation \
 *     src/test/resources/ingest/seed-pages-gold.tsv seeds/pages [--no-blank-lines]</pre>
 */
public final class ExtractionEvaluation {

	/** One gold article. */
	record Gold(String source, int first, int last, String kind, String headline, String date, String precision,
			String district) {
	}

	/** The figures of one evaluation. */
	record Figures(int gold, int predicted, int found, int datesRight, int districtsRight, List<String> misses) {

		double precision() {
			return predicted == 0 ? 0 : (double) found / predicted;
		}

		double recall() {
			return gold == 0 ? 0 : (double) found / gold;
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		double dateAccuracy() {
			return gold == 0 ? 0 : (double) datesRight / gold;
		}

		double districtAccuracy() {
			return gold == 0 ? 0 : (double) districtsRight / gold;
		}

		String summary() {
			return String.format(Locale.ROOT,
					"%d gold articles, %d extracted: split P %.3f R %.3f F1 %.3f; date %.3f (%d/%d); district %.3f (%d/%d)",
					gold, predicted, precision(), recall(), f1(), dateAccuracy(), datesRight, gold, districtAccuracy(),
					districtsRight, gold);
		}

	}

	private ExtractionEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		Figures f = evaluate(PageExtractor.bundled(), read(Path.of(args[0])), Path.of(args[1]),
				args.length > 2 && args[2].equals("--no-blank-lines"));
		f.misses().forEach(System.out::println);
		System.out.println(f.summary());
	}

	static List<Gold> read(Path tsv) throws IOException {
		List<Gold> gold = new ArrayList<>();
		for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t", -1);
			gold.add(new Gold(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5], f[6], f[7]));
		}
		return gold;
	}

	/**
	 * Extracts every page named in the gold (a path under {@code root}, also given to the extractor as the page's
	 * path, so dates in folder and file names count) and compares.
	 */
	static Figures evaluate(PageExtractor extractor, List<Gold> gold, Path root, boolean withoutBlankLines)
			throws IOException {
		Map<String, List<Gold>> bySource = new LinkedHashMap<>();
		gold.forEach(g -> bySource.computeIfAbsent(g.source(), s -> new ArrayList<>()).add(g));
		int predicted = 0;
		int found = 0;
		int dates = 0;
		int districts = 0;
		List<String> misses = new ArrayList<>();
		for (Map.Entry<String, List<Gold>> page : bySource.entrySet()) {
			String text = Files.readString(root.resolve(page.getKey()), StandardCharsets.UTF_8);
			int[] lineMap = withoutBlankLines ? nonBlankLineNumbers(text) : null;
			if (withoutBlankLines) {
				text = String.join("\n", text.lines().filter(l -> !l.isBlank()).toList());
			}
			PageExtractor.Extracted extracted = extractor.extract(Path.of(page.getKey()).getFileName().toString(), text,
					new PageHints(null, null, null, page.getKey()));
			Map<String, Integer> bySpan = new HashMap<>();
			for (int i = 0; i < extracted.articles().size(); i++) {
				ParsedArticle p = extracted.parsed().get(i);
				bySpan.put(p.firstLine() + ":" + p.lastLine(), i);
			}
			predicted += extracted.articles().size();
			for (Gold g : page.getValue()) {
				int first = lineMap == null ? g.first() : lineMap[g.first()];
				int last = lineMap == null ? g.last() : lineMap[g.last()];
				Integer i = bySpan.get(first + ":" + last);
				if (i == null) {
					misses.add("split  " + g.source() + " " + g.first() + "-" + g.last() + " " + g.headline());
					continue;
				}
				found++;
				Article a = extracted.articles().get(i);
				String date = String.valueOf(a.datePrecision().format(a.date()));
				if (date.equals(g.date()) && a.datePrecision().code().equals(g.precision())) {
					dates++;
				}
				else {
					misses.add("date   " + g.source() + " " + g.headline() + ": " + date + " " + a.datePrecision().code()
							+ ", gold " + g.date() + " " + g.precision() + " <" + a.dateEvidence() + ">");
				}
				if (Objects.equals(String.valueOf(a.districtCode()), g.district())) {
					districts++;
				}
				else {
					misses.add("place  " + g.source() + " " + g.headline() + ": " + a.districtCode() + ", gold "
							+ g.district() + " <" + a.districtEvidence() + ">");
				}
			}
		}
		return new Figures(gold.size(), predicted, found, dates, districts, misses);
	}

	/** For each 1-based line of a text, its 1-based number once blank lines are removed (blank lines map to the next). */
	private static int[] nonBlankLineNumbers(String text) {
		List<String> lines = text.lines().toList();
		int[] map = new int[lines.size() + 2];
		int n = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				n++;
			}
			map[i + 1] = lines.get(i).isBlank() ? n + 1 : n;
		}
		map[lines.size() + 1] = n + 1;
		return map;
	}

}
