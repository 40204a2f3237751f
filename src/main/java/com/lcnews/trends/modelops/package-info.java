/**
 * Model operations for data scientists: list models and their reports, retrain in the background, preview what a
 * candidate would change, promote it and re-run classification. Depends on {@code shared}, {@code classify},
 * {@code articles}, {@code batch} and {@code quantify} (a model's confusion for corrected counts).
 */
package com.lcnews.trends.modelops;
