/**
 * The Weka engine behind the classify API: pipelines, cross-validation, model files and the classifier adapter.
 * The only package that imports {@code weka.*}; its one public type, {@link WekaTrainingService}, speaks the classify
 * API only. Depends on {@code classify}, {@code classify.text} and {@code shared}.
 */
package com.lcnews.trends.classify.weka;
