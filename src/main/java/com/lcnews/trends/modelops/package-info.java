/**
 * Model operations for data scientists: list models and their reports, retrain in the background, preview what a
 * candidate would change, promote it and re-run classification. Depends on {@code shared}, {@code classify},
 * {@code articles} and {@code batch}.
 */
package com.lcnews.trends.modelops;
