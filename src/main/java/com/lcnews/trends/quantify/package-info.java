/**
 * Quantification: estimating how many items of each class a collection holds when the classifier that labelled them
 * makes known mistakes. Plain Java without Spring or any feature's types, so the application and a Spark job can use
 * the same code. Public API: {@link com.lcnews.trends.quantify.Confusion},
 * {@link com.lcnews.trends.quantify.PrevalenceMethod}, {@link com.lcnews.trends.quantify.PrevalenceEstimator} and
 * {@link com.lcnews.trends.quantify.PrevalenceEstimate}. Depends on nothing.
 */
package com.lcnews.trends.quantify;
