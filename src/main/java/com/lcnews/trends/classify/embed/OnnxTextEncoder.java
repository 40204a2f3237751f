package com.lcnews.trends.classify.embed;

import java.util.List;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.TextEncoder;

/** {@link TextEncoder} over a loaded sentence model: shapes each text to the spec's lead, then embeds. Thread-safe. */
final class OnnxTextEncoder implements TextEncoder {

	private final OnnxSentenceModel model;

	private final EncoderSpec spec;

	OnnxTextEncoder(OnnxSentenceModel model, int leadChars) {
		this.model = model;
		this.spec = new EncoderSpec(model.name(), model.dimensions(), leadChars);
	}

	@Override
	public EncoderSpec spec() {
		return spec;
	}

	@Override
	public List<float[]> encodeAll(List<String> texts) {
		return model.embed(texts.stream().map(t -> spec.shape(t == null ? "" : t)).toList());
	}

	@Override
	public TextEncoder withLeadChars(int leadChars) {
		return leadChars == spec.leadChars() ? this : new OnnxTextEncoder(model, leadChars);
	}

	void close() {
		model.close();
	}

	/** Seconds the model took to load. */
	double loadSeconds() {
		return model.loadSeconds();
	}

	/** Number of model tokens of a text at this spec's lead ([CLS] and [SEP] included). */
	int tokenCount(String text) {
		return model.tokens(spec.shape(text)).length;
	}

}
