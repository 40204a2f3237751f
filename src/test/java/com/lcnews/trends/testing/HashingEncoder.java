package com.lcnews.trends.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.TextEncoder;

/**
 * A fast, deterministic test encoder: the unit vector of a text's character-trigram counts hashed into 64 buckets, so
 * equal texts get equal vectors and texts sharing most trigrams get close ones. Counts the texts it encoded, and can
 * take a pause per text to stand in for the real model's cost. Reads 256 characters by default; {@link #withLeadChars}
 * gives the same encoder reading another number (another spec id, as with the real model).
 */
public final class HashingEncoder implements TextEncoder {

	/** The spec of its vectors by default. */
	public static final EncoderSpec SPEC = new EncoderSpec("test-hash", 64, 256);

	private final long pauseMillis;

	private final EncoderSpec spec;

	private final AtomicLong encoded;

	public HashingEncoder(long pauseMillis) {
		this(pauseMillis, SPEC, new AtomicLong());
	}

	private HashingEncoder(long pauseMillis, EncoderSpec spec, AtomicLong encoded) {
		this.pauseMillis = pauseMillis;
		this.spec = spec;
		this.encoded = encoded;
	}

	/** A provider that knows this encoder's model at any lead (sharing its pause and count). */
	public EncoderProvider provider() {
		return wanted -> {
			if (!wanted.model().equals(SPEC.model()) || wanted.dimensions() != SPEC.dimensions()) {
				throw new IllegalArgumentException("No test encoder for " + wanted.id());
			}
			return withLeadChars(wanted.leadChars());
		};
	}

	/** How many texts it has encoded. */
	public long encoded() {
		return encoded.get();
	}

	@Override
	public EncoderSpec spec() {
		return spec;
	}

	@Override
	public List<float[]> encodeAll(List<String> texts) {
		List<float[]> vectors = new ArrayList<>(texts.size());
		for (String text : texts) {
			vectors.add(vector(spec.shape(text == null ? "" : text)));
			encoded.incrementAndGet();
			if (pauseMillis > 0) {
				try {
					Thread.sleep(pauseMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
		return vectors;
	}

	/** The vector of a text as the encoder shapes it. */
	public static float[] vector(String shaped) {
		float[] v = new float[SPEC.dimensions()];
		String t = shaped.replace(" ", "");
		for (int i = 0; i + 3 <= t.length(); i++) {
			v[Math.floorMod(t.substring(i, i + 3).hashCode(), v.length)] += 1;
		}
		if (t.length() < 3) {
			v[0] = 1;
		}
		double norm = 0;
		for (float x : v) {
			norm += x * x;
		}
		for (int i = 0; i < v.length; i++) {
			v[i] /= (float) Math.sqrt(norm);
		}
		return v;
	}

	@Override
	public TextEncoder withLeadChars(int leadChars) {
		return leadChars == spec.leadChars() ? this : new HashingEncoder(pauseMillis, spec.withLeadChars(leadChars), encoded);
	}

}
