package com.lcnews.trends.classify;

/**
 * Gives the encoder of a spec; models that embed texts ask it when they must encode a text themselves (a caller with a
 * stored vector never makes them). The embedding engine's {@code Encoders::forSpec} is the default; tests and a Spark
 * job may supply their own.
 */
@FunctionalInterface
public interface EncoderProvider {

	/**
	 * The encoder of a spec.
	 * @throws IllegalArgumentException when no such model is available
	 */
	TextEncoder encoder(EncoderSpec spec);

	/** A provider that has no encoder: models can then classify stored vectors only. */
	static EncoderProvider none() {
		return spec -> {
			throw new IllegalArgumentException("No text encoder available for " + spec.id()
					+ ": classify with a stored vector of that spec");
		};
	}

}
