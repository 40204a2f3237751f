package com.lcnews.trends.shared;

/**
 * Published after an import stored new articles, so that classification can follow.
 *
 * @param importRunId the import run
 * @param articlesNew how many articles were new
 * @param user who imported
 */
public record ArticlesImported(long importRunId, int articlesNew, String user) {
}
