package com.lcnews.trends.batch;

import java.time.LocalDate;

import com.lcnews.trends.shared.DatePrecision;

/**
 * Where one classified article is counted in the rollups of one model version: its bucket (day, or the month or year
 * it is dated to, or {@link #UNDATED}), district ({@link #UNKNOWN_DISTRICT} when unknown) and counted topic (the newest
 * human label wins over the prediction; {@link #UNCLASSIFIED} when the model abstained), plus whether it counts as
 * labelled or as a low-confidence prediction. An article the model abstained on (its best score was under the model's
 * own abstain threshold) counts as low confidence too: the chart's uncertainty band is the share of counted articles
 * that no label confirms and the model was not sure of, whichever of the two thresholds is higher. Plain Java: the
 * Spark job (spark-job/) counts with it too.
 */
public record CountedAs(RollupKey key, boolean labelled, boolean lowConfidence) {

	/** Bucket start of articles without a date. */
	public static final LocalDate UNDATED = LocalDate.of(1900, 1, 1);

	/** District code of articles whose district is unknown. */
	public static final String UNKNOWN_DISTRICT = "?";

	/** Topic code counted when the model abstained and no label exists. */
	public static final String UNCLASSIFIED = "_unclassified";

	/**
	 * @param predicted the model's topic, null when it abstained
	 * @param label the newest human label, null when none
	 * @param lowThreshold predictions under this confidence count as low confidence (abstentions always do)
	 */
	public static CountedAs of(String modelVersion, LocalDate date, DatePrecision precision, String district,
			String predicted, double confidence, String label, double lowThreshold) {
		boolean dated = date != null && precision != null && precision != DatePrecision.UNKNOWN;
		DatePrecision p = dated ? precision : DatePrecision.UNKNOWN;
		LocalDate bucket = dated ? precision.truncate(date) : UNDATED;
		String d = district == null || district.isBlank() ? UNKNOWN_DISTRICT : district;
		boolean labelled = label != null;
		String topic = labelled ? label : predicted == null ? UNCLASSIFIED : predicted;
		boolean low = !labelled && (predicted == null || confidence < lowThreshold);
		return new CountedAs(new RollupKey(modelVersion, p.code(), bucket, d, topic), labelled, low);
	}

}
