package com.lcnews.trends.trend;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a trend chart asks for.
 *
 * @param granularity period length
 * @param from first day (inclusive); the series starts at the period containing it
 * @param to last day (inclusive)
 * @param districts district codes to count ({@code ?} for unknown); empty for all
 * @param topics topic codes to return ({@code _unclassified} for abstentions); empty for all. Period totals always
 * count every topic.
 * @param modelVersion the model whose counts to show; null for the promoted model
 */
public record TrendQuery(Granularity granularity, LocalDate from, LocalDate to, Set<String> districts, Set<String> topics,
		String modelVersion) {

	public TrendQuery {
		Objects.requireNonNull(granularity, "granularity");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ")");
		}
		districts = districts == null ? Set.of() : Set.copyOf(districts);
		topics = topics == null ? Set.of() : Set.copyOf(topics);
	}

	/** All districts and topics of the promoted model. */
	public static TrendQuery of(Granularity granularity, LocalDate from, LocalDate to) {
		return new TrendQuery(granularity, from, to, Set.of(), Set.of(), null);
	}

}
