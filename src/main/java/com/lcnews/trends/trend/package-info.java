/**
 * Read side of the topic trends: series, coverage, undated counts and model-change markers for the dashboard, read
 * from the rollup tables the classification job maintains (plus {@code model_promotion} and
 * {@code classification_skip}); only the drill-down {@link com.lcnews.trends.trend.TrendService#articlesBehind} reads
 * articles, one bounded page at a time. Public API: {@link com.lcnews.trends.trend.TrendService} and its value types.
 * Corrected shares use {@code quantify}. Depends on {@code shared} and {@code quantify}.
 */
package com.lcnews.trends.trend;
