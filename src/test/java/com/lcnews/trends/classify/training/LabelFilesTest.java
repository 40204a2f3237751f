package com.lcnews.trends.classify.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.shared.Topic;

class LabelFilesTest {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/classify");

	private static final Predicate<String> TAXONOMY = Set.of("education", "poverty", "notice", "health")::contains;

	@Test
	void readsJsonLinesWithTextLabelAndOptionalSecondaryTopic() throws Exception {
		var texts = LabelFiles.read(FIXTURES.resolve("labelled.jsonl"), TAXONOMY);

		assertThat(texts).hasSize(12);
		assertThat(texts.get(0).topic()).isEqualTo(new Topic("education"));
		assertThat(texts.get(6).secondaryTopic()).isEqualTo(new Topic("health"));
		assertThat(texts.get(0).secondaryTopic()).isNull();
		assertThat(texts.get(6).origin()).endsWith("labelled.jsonl line 7");
	}

	@Test
	void readsTheSameLabelsFromCsv() throws Exception {
		var fromCsv = LabelFiles.read(FIXTURES.resolve("labelled.csv"), TAXONOMY);
		var fromJson = LabelFiles.read(FIXTURES.resolve("labelled.jsonl"), TAXONOMY);

		assertThat(fromCsv).extracting(LabelledText::text).containsExactlyElementsOf(fromJson.stream().map(LabelledText::text).toList());
		assertThat(fromCsv).extracting(LabelledText::topic).containsExactlyElementsOf(fromJson.stream().map(LabelledText::topic).toList());
	}

	@Test
	void unknownTopicIsAnErrorNamingFileAndLine() {
		assertThatThrownBy(() -> LabelFiles.read(FIXTURES.resolve("unknown-topic.jsonl"), TAXONOMY))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unknown-topic.jsonl line 3")
			.hasMessageContaining("'sports'");
	}

	@Test
	void malformedJsonAndMissingTextAreErrorsNamingTheLine() {
		assertThatThrownBy(() -> LabelFiles.readJsonLines(reader("{\"text\":\"a\",\"label\":\"poverty\"}\n{oops\n"), "x.jsonl", TAXONOMY))
			.hasMessageContaining("x.jsonl line 2");
		assertThatThrownBy(() -> LabelFiles.readJsonLines(reader("{\"label\":\"poverty\"}\n"), "y.jsonl", TAXONOMY))
			.hasMessageContaining("y.jsonl line 1")
			.hasMessageContaining("text");
	}

	@Test
	void csvWithoutTextAndLabelColumnsIsRejected() {
		assertThatThrownBy(() -> LabelFiles.readCsv(new StringReader("body,topic\na,poverty\n"), "z.csv", TAXONOMY))
			.hasMessageContaining("z.csv line 1")
			.hasMessageContaining("text and label");
	}

	private static BufferedReader reader(String text) {
		return new BufferedReader(new StringReader(text));
	}

}
