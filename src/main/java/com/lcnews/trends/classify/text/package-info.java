/**
 * Text preparation for topic classification: normalisation and Chinese segmentation into space-separated tokens.
 * Depends on HanLP and the division table resource only; no Weka types.
 */
package com.lcnews.trends.classify.text;
