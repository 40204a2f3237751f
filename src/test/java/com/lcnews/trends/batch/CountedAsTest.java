package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.DatePrecision;

class CountedAsTest {

	private static final LocalDate DAY = LocalDate.of(2021, 6, 10);

	@Test
	void countsAPredictionUnderItsDayDistrictAndTopic() {
		CountedAs c = CountedAs.of("m1", DAY, DatePrecision.DAY, "371502", "education", 0.9, null, 0.5);

		assertThat(c).isEqualTo(new CountedAs(new RollupKey("m1", "day", DAY, "371502", "education"), false, false));
	}

	@Test
	void humanLabelWinsOverThePrediction() {
		CountedAs c = CountedAs.of("m1", DAY, DatePrecision.DAY, "371502", "education", 0.3, "safety", 0.5);

		assertThat(c.key().topic()).isEqualTo("safety");
		assertThat(c.labelled()).isTrue();
		assertThat(c.lowConfidence()).isFalse();
	}

	@Test
	void countsArticlesDatedOnlyToTheMonthOrYearInThatBucket() {
		assertThat(CountedAs.of("m1", DAY, DatePrecision.MONTH, "3715", "economy", 0.9, null, 0.5).key())
			.isEqualTo(new RollupKey("m1", "month", LocalDate.of(2021, 6, 1), "3715", "economy"));
		assertThat(CountedAs.of("m1", DAY, DatePrecision.YEAR, "3715", "economy", 0.9, null, 0.5).key())
			.isEqualTo(new RollupKey("m1", "year", LocalDate.of(2021, 1, 1), "3715", "economy"));
	}

	@Test
	void countsUndatedArticlesAndUnknownDistrictsInTheirOwnBuckets() {
		CountedAs c = CountedAs.of("m1", null, DatePrecision.UNKNOWN, null, null, 0.1, null, 0.5);

		assertThat(c.key()).isEqualTo(new RollupKey("m1", "unknown", LocalDate.of(1900, 1, 1), "?", "_unclassified"));
	}

	@Test
	void countsAnArticleTheModelAbstainedOnAsLowConfidenceWhateverTheThresholds() {
		// The model abstains under its own threshold (here at 0.62, above the low-confidence threshold of 0.5):
		// such an article is stored as unclassified and must still show in the uncertainty band.
		assertThat(CountedAs.of("m1", DAY, DatePrecision.DAY, "371502", null, 0.62, null, 0.5).lowConfidence()).isTrue();
		assertThat(CountedAs.of("m1", DAY, DatePrecision.DAY, "371502", null, 0.1, null, 0.5).lowConfidence()).isTrue();
		assertThat(CountedAs.of("m1", DAY, DatePrecision.DAY, "371502", null, 0.1, "safety", 0.5).lowConfidence())
			.as("a human label settles it").isFalse();
	}

	@Test
	void flagsPredictionsUnderTheLowConfidenceThreshold() {
		assertThat(CountedAs.of("m1", DAY, DatePrecision.DAY, "-", "notice", 0.49, null, 0.5).lowConfidence()).isTrue();
		assertThat(CountedAs.of("m1", DAY, DatePrecision.DAY, "-", "notice", 0.5, null, 0.5).lowConfidence()).isFalse();
	}

	@Test
	void deltasThatCancelOutLeaveNothingToWrite() {
		RollupDeltas deltas = new RollupDeltas();
		CountedAs c = CountedAs.of("m1", DAY, DatePrecision.DAY, "371502", "education", 0.9, null, 0.5);
		deltas.subtract(c);
		deltas.add(c);
		deltas.add(CountedAs.of("m1", DAY.plusDays(1), DatePrecision.DAY, "371502", "education", 0.9, null, 0.5));

		assertThat(deltas.daily()).hasSize(1);
		assertThat(deltas.monthly().keySet()).extracting(RollupKey::bucketStart).containsExactly(LocalDate.of(2021, 6, 1));
	}

}
