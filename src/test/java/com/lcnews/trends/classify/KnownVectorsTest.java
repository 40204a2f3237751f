package com.lcnews.trends.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class KnownVectorsTest {

	private static final EncoderSpec LEAD_8 = new EncoderSpec("m", 2, 8);

	/** A source that answers with the text's length and records what it was asked for. */
	private static final class Recording implements VectorSource {

		final List<List<String>> asked = new ArrayList<>();

		@Override
		public List<float[]> vectors(EncoderSpec spec, List<String> texts, java.util.function.Consumer<String> progress) {
			asked.add(texts);
			return texts.stream().map(t -> new float[] { t.length(), spec.leadChars() }).toList();
		}

	}

	@Test
	void knownVectorsComeFirstAndOnlyTheOthersAreAskedForInOrder() {
		Recording rest = new Recording();
		KnownVectors known = KnownVectors.none().add(LEAD_8, "聊城 东昌府区", new float[] { 7, 7 });
		List<String> lines = new ArrayList<>();

		List<float[]> v = known.before(rest).vectors(LEAD_8, List.of("abc", "聊城  东昌府区\n", "de"), lines::add);

		assertThat(v).extracting(x -> x[0]).containsExactly(3f, 7f, 2f);
		assertThat(rest.asked).containsExactly(List.of("abc", "de"));
		assertThat(lines).containsExactly("vectors m/lead-8: 1 of 3 texts stored beforehand, 2 from the vector cache or the encoder");
	}

	@Test
	void aVectorIsKnownOnlyForItsSpecAndTheTextAsThatSpecReadsIt() {
		Recording rest = new Recording();
		KnownVectors known = KnownVectors.none().add(LEAD_8, "0123456789", new float[] { 1, 1 });

		assertThat(known.before(rest).vectors(LEAD_8, List.of("01234567xx"), s -> { })).extracting(x -> x[0])
			.as("same first 8 characters: same text for this spec").containsExactly(1f);
		assertThat(known.before(rest).vectors(LEAD_8.withLeadChars(16), List.of("0123456789"), s -> { }))
			.extracting(x -> x[1]).as("another lead is another spec").containsExactly(16f);
		assertThat(rest.asked).containsExactly(List.of("0123456789"));
	}

	@Test
	void nothingKnownAsksTheOtherSourceForEverythingWithoutALine() {
		Recording rest = new Recording();
		List<String> lines = new ArrayList<>();

		KnownVectors.none().before(rest).vectors(LEAD_8, List.of("a", "b"), lines::add);

		assertThat(rest.asked).containsExactly(List.of("a", "b"));
		assertThat(lines).isEmpty();
	}

	@Test
	void aVectorOfOtherDimensionsIsRefused() {
		assertThatThrownBy(() -> KnownVectors.none().add(LEAD_8, "x", new float[3]))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("3 dimensions");
	}

}
