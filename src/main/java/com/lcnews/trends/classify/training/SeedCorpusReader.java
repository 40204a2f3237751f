package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.shared.Article;

/**
 * Joins seed labels to the articles of the seed pages. A label matches an article of its page by headline (or
 * subheadline, or the start of a headline-less body), and failing that by the start of the body; among several matches
 * (several "公告" on one page) the nearest ordinal wins. Each article is used once. Labels that match nothing are
 * reported, not fatal: the rest of the corpus is still usable.
 */
final class SeedCorpusReader {

	/** The labelled texts found and one message per label that matched no article. */
	record SeedCorpus(List<LabelledText> texts, List<String> unmatched) {
	}

	private final SeedLabelMatcher matcher;

	SeedCorpusReader(SeedPageExtractor extractor) {
		this.matcher = new SeedLabelMatcher(extractor);
	}

	/** Reads the pages named by the labels from {@code pagesDir}. */
	SeedCorpus read(List<SeedLabel> labels, Path pagesDir, String labelFile) throws IOException {
		SeedLabelMatcher.Result result = matcher.match(labels, pagesDir, labelFile);
		List<LabelledText> texts = result.matches()
			.stream()
			.map(m -> new LabelledText(m.article().classificationText(), m.topic(), m.secondaryTopic(), m.origin(),
					m.article().source()))
			.toList();
		return new SeedCorpus(texts, result.unmatched());
	}

	static Article match(SeedLabel label, List<Article> articles, Set<Article> used) {
		String headline = key(label.headline());
		Article best = nearest(label, articles, used, a -> headline.equals(key(a.headline()))
				|| headline.equals(key(a.subheadline())) || (key(a.headline()).isEmpty() && key(a.body()).startsWith(headline)));
		if (best == null && !label.textStart().isBlank()) {
			String start = key(label.textStart());
			best = nearest(label, articles, used, a -> key(a.body()).startsWith(start));
		}
		return best;
	}

	private static Article nearest(SeedLabel label, List<Article> articles, Set<Article> used,
			java.util.function.Predicate<Article> matches) {
		Article best = null;
		for (Article article : articles) {
			if (!used.contains(article) && matches.test(article) && (best == null
					|| Math.abs(article.ordinal() - label.ordinal()) < Math.abs(best.ordinal() - label.ordinal()))) {
				best = article;
			}
		}
		return best;
	}

	/** Comparison form: NFKC, no whitespace. */
	static String key(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

}
