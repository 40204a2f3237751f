package com.lcnews.trends.shared.security;

/** The three roles of the product, as used in {@code @RolesAllowed}. */
public final class Roles {

	/** Editors: trends, coverage, articles, topic corrections. */
	public static final String EDITOR = "EDITOR";

	/** Administrators: everything, including imports and operations endpoints. */
	public static final String ADMIN = "ADMIN";

	/** Data scientists: trends and articles plus labelling, training, evaluation and model promotion. */
	public static final String SCIENTIST = "SCIENTIST";

	private Roles() {
	}

}
