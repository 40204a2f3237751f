package com.lcnews.trends.labelling;

/**
 * How well two labellers agree on the articles both labelled.
 *
 * @param shared number of articles both labelled
 * @param observed share of those on which they chose the same topic
 * @param kappa Cohen's kappa: agreement corrected for chance (1 perfect, 0 chance level); NaN when undefined
 */
public record Agreement(String first, String second, int shared, double observed, double kappa) {
}
