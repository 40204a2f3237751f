/**
 * First start: on an empty store, imports the seed pages, stores the seed labels, classifies with the committed
 * model and builds the rollups, so a fresh clone shows charts at once. Orchestrates the public APIs of
 * {@code ingest}, {@code classify} and {@code batch}; nothing depends on it.
 */
package com.lcnews.trends.bootstrap;
