/**
 * Ingest internals: decoding page files, splitting pages into articles, the date and district rules, the gazetteer
 * built from the bundled data files, and the JDBC store. Used only by {@code com.lcnews.trends.ingest}; depends on
 * {@code shared}.
 */
package com.lcnews.trends.ingest.internal;
