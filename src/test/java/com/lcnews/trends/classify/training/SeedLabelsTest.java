package com.lcnews.trends.classify.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.TopicCatalog;

class SeedLabelsTest {

	private static Predicate<String> taxonomy() throws Exception {
		TopicCatalog catalog = TopicCatalog.read(Path.of("seeds/topics.csv"));
		return code -> catalog.activeTopics().stream().anyMatch(t -> t.code().equals(code));
	}

	@Test
	void everySeedLabelNamesAnActiveTopicOfTheTaxonomy() throws Exception {
		var labels = SeedLabels.read(Path.of("seeds/labels.csv"), taxonomy());

		assertThat(labels).hasSizeGreaterThanOrEqualTo(50);
		assertThat(labels).allSatisfy(l -> assertThat(l.headline()).isNotBlank());
	}

	@Test
	void everySeedPageHasLabelsAndEveryLabelledPageExists() throws Exception {
		var labels = SeedLabels.read(Path.of("seeds/labels.csv"), taxonomy());
		var sources = labels.stream().map(SeedLabel::source).collect(Collectors.toSet());

		try (var pages = Files.list(Path.of("seeds/pages"))) {
			assertThat(sources).containsExactlyInAnyOrderElementsOf(pages.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void seedLabelKeysAreUnique() throws Exception {
		var labels = SeedLabels.read(Path.of("seeds/labels.csv"), taxonomy());
		Map<String, Long> keys = labels.stream()
			.collect(Collectors.groupingBy(l -> l.source() + "#" + l.ordinal(), Collectors.counting()));

		assertThat(keys.values()).allMatch(count -> count == 1);
	}

	@Test
	void unknownTopicInTheSeedLabelFileIsAnErrorNamingTheLine() {
		assertThatThrownBy(() -> SeedLabels.read(Path.of("src/test/resources/fixtures/classify/seed-labels-unknown-topic.csv"), taxonomy()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("seed-labels-unknown-topic.csv line 3")
			.hasMessageContaining("'povertyy'");
	}

}
