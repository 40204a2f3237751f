package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.Topic;

/**
 * Finds which article of a seed page each seed label belongs to, with the same matching rules the trainer uses, so
 * the seed labels can be stored against the imported articles.
 */
public final class SeedLabelMatcher {

	/** A seed label matched to an article of its page; {@code origin} names the label file and line. */
	public record Match(Article article, Topic topic, Topic secondaryTopic, String origin) {
	}

	/** What was matched, and one message per label that matched no article. */
	public record Result(List<Match> matches, List<String> unmatched) {
	}

	private final SeedPageExtractor extractor;

	public SeedLabelMatcher(SeedPageExtractor extractor) {
		this.extractor = extractor;
	}

	/**
	 * Reads {@code labelFile} (unknown topics are an error naming the line) and matches each label to an article of
	 * its page under {@code pagesDir}.
	 */
	public Result match(Path labelFile, Path pagesDir, Predicate<String> knownTopic) throws IOException {
		return match(SeedLabels.read(labelFile, knownTopic), pagesDir, labelFile.toString());
	}

	/** Matches labels already read; {@code labelFile} names them in messages. */
	Result match(List<SeedLabel> labels, Path pagesDir, String labelFile) throws IOException {
		Map<String, List<SeedLabel>> bySource = new LinkedHashMap<>();
		labels.forEach(l -> bySource.computeIfAbsent(l.source(), s -> new ArrayList<>()).add(l));
		List<Match> matches = new ArrayList<>();
		List<String> unmatched = new ArrayList<>();
		for (var entry : bySource.entrySet()) {
			Path page = pagesDir.resolve(entry.getKey());
			if (!Files.isRegularFile(page)) {
				entry.getValue().forEach(l -> unmatched.add(labelFile + " line " + l.line() + ": page " + page + " not found"));
				continue;
			}
			List<Article> articles = extractor.extract(page);
			Set<Article> used = new HashSet<>();
			for (SeedLabel label : entry.getValue()) {
				Article article = SeedCorpusReader.match(label, articles, used);
				if (article == null) {
					unmatched.add(labelFile + " line " + label.line() + ": no article '" + label.headline() + "' in " + page);
					continue;
				}
				used.add(article);
				matches.add(new Match(article, label.topic(), label.secondaryTopic(), labelFile + " line " + label.line()));
			}
		}
		return new Result(matches, unmatched);
	}

}
