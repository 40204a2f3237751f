/**
 * The data scientist's workflow: label files and the seed corpus, the {@code train}, {@code evaluate},
 * {@code predict} and {@code models} commands, the model folder and the classifier bean. Depends on {@code classify},
 * {@code classify.text}, {@code classify.weka} (its one public service) and {@code shared}.
 */
package com.lcnews.trends.classify.training;
