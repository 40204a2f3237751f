/**
 * Ingestion: newspaper page text (files, folders or uploads) becomes articles with kind, date and district, stored
 * without duplicates. Public API: {@link com.lcnews.trends.ingest.IngestService}, {@link com.lcnews.trends.ingest.PageMetadata},
 * {@link com.lcnews.trends.ingest.NamedInput} and {@link com.lcnews.trends.ingest.ImportReport}; the commands
 * {@code extract} and {@code import} live here too. The splitting, date and district rules are in {@code internal}.
 * Depends only on {@code shared}.
 */
package com.lcnews.trends.ingest;
