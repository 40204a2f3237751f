package com.lcnews.trends.classify;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sentence-embedding model turns a text into a vector and how much of the text it reads. Two vectors are
 * comparable only when their specs are equal; stored vectors are keyed by {@link #id()}.
 *
 * @param model the model's stable name, e.g. {@code bge-small-zh-v1.5-q8}
 * @param dimensions length of its vectors
 * @param leadChars how many characters of the text it reads (headline first, then the body), see {@link TextShape}
 */
public record EncoderSpec(String model, int dimensions, int leadChars) {

	private static final Pattern ID = Pattern.compile("([A-Za-z0-9._-]+)/lead-(\\d+)");

	public EncoderSpec {
		Objects.requireNonNull(model, "model");
		if (!model.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("Not a model name: '" + model + "'");
		}
		if (dimensions < 1 || leadChars < 1) {
			throw new IllegalArgumentException("dimensions and leadChars must be positive: " + dimensions + ", " + leadChars);
		}
	}

	/** The stable identifier, e.g. {@code bge-small-zh-v1.5-q8/lead-256}. */
	public String id() {
		return model + "/lead-" + leadChars;
	}

	/** The same model reading another number of characters. */
	public EncoderSpec withLeadChars(int chars) {
		return new EncoderSpec(model, dimensions, chars);
	}

	/** The text the model reads of {@code text}: see {@link TextShape#lead(String, int)}. */
	public String shape(String text) {
		return TextShape.lead(text, leadChars);
	}

	/**
	 * A spec from its {@link #id()} and the model's dimensions.
	 * @throws IllegalArgumentException when the id is not {@code <model>/lead-<N>}
	 */
	public static EncoderSpec parse(String id, int dimensions) {
		Matcher m = ID.matcher(id == null ? "" : id);
		if (!m.matches()) {
			throw new IllegalArgumentException("Not an encoder id (<model>/lead-<N>): '" + id + "'");
		}
		return new EncoderSpec(m.group(1), dimensions, Integer.parseInt(m.group(2)));
	}

	@Override
	public String toString() {
		return id();
	}

}
