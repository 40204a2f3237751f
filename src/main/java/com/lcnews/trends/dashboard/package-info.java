/**
 * The dashboard: Vaadin views for trends, coverage balance, articles, models and labels, and imports.
 * Views call the public services of {@code trend}, {@code ingest}, {@code classify} and {@code batch}; they never
 * touch repositories or the classifier directly.
 */
package com.lcnews.trends.dashboard;
