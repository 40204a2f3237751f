/**
 * Model operations for data scientists: list models and their reports, retrain in the background on the store's
 * taxonomy, preview what a candidate would change, promote it and re-run classification; zero-shot previews and models
 * of the taxonomy as edited. Depends on {@code shared}, {@code classify}, {@code articles}, {@code batch},
 * {@code vectors} and {@code quantify} (a model's confusion for corrected counts).
 */
package com.lcnews.trends.modelops;
