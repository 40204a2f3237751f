package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;

/**
 * The fallback seed page extractor when the application has no page splitter: it cuts a page at the headlines the
 * seed labels name (in label ordinal order), so each labelled article runs from its headline line to the line before
 * the next labelled headline. Only good for labelled pages; the ingest feature's splitter replaces it when present.
 */
final class LabelGuidedPageExtractor implements SeedPageExtractor {

	private final List<SeedLabel> labels;

	LabelGuidedPageExtractor(List<SeedLabel> labels) {
		this.labels = List.copyOf(labels);
	}

	@Override
	public List<Article> extract(Path page) throws IOException {
		String source = page.getFileName().toString();
		List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
		List<SeedLabel> onPage = labels.stream()
			.filter(l -> l.source().equals(source))
			.sorted(Comparator.comparingInt(SeedLabel::ordinal))
			.toList();
		List<int[]> starts = new ArrayList<>();
		int from = 0;
		for (SeedLabel label : onPage) {
			int at = find(lines, from, SeedCorpusReader.key(label.headline()));
			if (at >= 0) {
				starts.add(new int[] { at, label.ordinal() });
				from = at + 1;
			}
		}
		List<Article> articles = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int start = starts.get(i)[0];
			int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : lines.size();
			String body = String.join("\n", lines.subList(start + 1, end).stream().map(String::strip)
				.filter(s -> !s.isEmpty()).toList());
			articles.add(new Article(null, source, starts.get(i)[1], lines.get(start).strip(), null, body, null,
					ArticleKind.ARTICLE, null, DatePrecision.UNKNOWN, null, null, null));
		}
		return articles;
	}

	private static int find(List<String> lines, int from, String headline) {
		for (int i = from; i < lines.size(); i++) {
			String line = SeedCorpusReader.key(lines.get(i));
			if (!line.isEmpty() && (line.equals(headline) || line.startsWith(headline))) {
				return i;
			}
		}
		return -1;
	}

}
