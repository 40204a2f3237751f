package com.lcnews.trends.classify;

import java.nio.ByteBuffer;

/**
 * The compact form of an embedding vector for storage: int8 with one float scale per vector ({@code 5 + d} bytes, 517
 * for 512 dimensions, an eighth of float32 doubles). Layout: one format byte ({@code 1}), the scale as a big-endian
 * IEEE float, then one signed byte per dimension; value {@code i} is {@code byte[i] * scale}, with
 * {@code scale = max|x| / 127}. For the unit vectors of a sentence model the cosine between a vector and its decoded
 * copy stays above 0.9998 (measured in {@code VectorCodecTest}: 0.99987 at worst), far below what changes a classification.
 */
public final class VectorCodec {

	/** The format byte of int8-with-scale vectors. */
	public static final byte INT8_SCALED = 1;

	private VectorCodec() {
	}

	/** Encoded size in bytes of a vector of {@code dimensions}. */
	public static int size(int dimensions) {
		return 5 + dimensions;
	}

	public static byte[] encode(float[] vector) {
		float max = 0;
		for (float v : vector) {
			if (!Float.isFinite(v)) {
				throw new IllegalArgumentException("Cannot encode a vector with a non-finite value");
			}
			max = Math.max(max, Math.abs(v));
		}
		float scale = max == 0 ? 1 : max / 127f;
		ByteBuffer out = ByteBuffer.allocate(size(vector.length));
		out.put(INT8_SCALED).putFloat(scale);
		for (float v : vector) {
			out.put((byte) Math.max(-127, Math.min(127, Math.round(v / scale))));
		}
		return out.array();
	}

	/**
	 * The vector of an encoded form.
	 * @throws IllegalArgumentException when the bytes are not of this codec
	 */
	public static float[] decode(byte[] encoded) {
		if (encoded == null || encoded.length < 5 || encoded[0] != INT8_SCALED) {
			throw new IllegalArgumentException("Not an int8-scaled vector (" + (encoded == null ? "null" : encoded.length + " bytes") + ")");
		}
		ByteBuffer in = ByteBuffer.wrap(encoded);
		in.get();
		float scale = in.getFloat();
		float[] vector = new float[encoded.length - 5];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = in.get() * scale;
		}
		return vector;
	}

}
