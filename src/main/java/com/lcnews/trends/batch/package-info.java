/**
 * The classification batch job: classifies stored articles with the promoted model, keeps the topic rollups in the
 * same transactions, and records articles it had to skip. Public API: {@link com.lcnews.trends.batch.BatchRunService}
 * (start, progress, after-import trigger), {@link com.lcnews.trends.batch.LabelCorrectionService} (human labels that
 * move rollup counts), {@link com.lcnews.trends.batch.ArticlePlacementService} (re-dated and re-placed articles that
 * move rollup counts). It classifies with {@link com.lcnews.trends.classify.PromotedModel} and the stored vectors of
 * {@code vectors}. Depends on {@code classify} (API only), {@code vectors} and {@code shared}.
 */
package com.lcnews.trends.batch;
