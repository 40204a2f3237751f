/**
 * The topic taxonomy as the store keeps it (table {@code topic}): {@link com.lcnews.trends.shared.taxonomy.Taxonomy}
 * gives the current {@link com.lcnews.trends.shared.TopicCatalog} to every feature and takes the data scientists'
 * edits (add, rename, re-describe, retire), checked with messages for people and announced as
 * {@link com.lcnews.trends.shared.taxonomy.TopicChanged} events. Part of the shared kernel: depends on nothing else in
 * the application.
 */
package com.lcnews.trends.shared.taxonomy;
