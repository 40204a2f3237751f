/**
 * Read-side queries over single articles: search with filters and paging, and one article's full detail with its
 * evidence, classifications and labels. Depends on {@code shared} only.
 */
package com.lcnews.trends.articles;
