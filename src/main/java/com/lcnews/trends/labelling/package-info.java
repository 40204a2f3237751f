/**
 * Labelling by data scientists: a queue of unlabelled articles, least confident first with near-duplicates spread out,
 * and the agreement between labellers (Cohen's kappa). Depends on {@code shared}, {@code articles} and the label
 * writes of {@code batch}.
 */
package com.lcnews.trends.labelling;
