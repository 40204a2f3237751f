package com.lcnews.trends.classify.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A BERT-style sentence model as ONNX (loaded from the classpath) with its Hugging Face tokenizer: texts in, unit
 * vectors out ([CLS] pooling, L2-normalised, as bge models are used). Texts are tokenised, sorted by length and run in
 * batches padded to their longest member, so little work is wasted on padding. With one text per run, the texts of one
 * call are spread over {@code threads} workers, each run on one core: on two cores this encodes about 1.5 times as many
 * texts per second as one run at a time on both cores (ONNX Runtime's intra-op threads wait on each other at every
 * layer of so small a model; see the encoder benchmark in docs/README-classify.md). Thread-safe (ONNX Runtime sessions
 * and the tokenizer are); one instance per model per JVM is enough.
 */
final class OnnxSentenceModel implements AutoCloseable {

	/** Hard bound of the model's position table. */
	static final int MAX_TOKENS = 512;

	/** Most padded tokens in one batch: bounds the memory of one run. */
	private static final int MAX_BATCH_TOKENS = 8192;


	private final String name;

	private final OrtEnvironment env;

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final boolean typeIds;

	private final int dimensions;

	private final double loadSeconds;

	private final int maxBatch;

	/** Texts run at once by one call (each on one core); 1 when a run spans the cores itself. */
	private final int workers;

	private final java.util.concurrent.ExecutorService pool;

	private OnnxSentenceModel(String name, OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer,
			int dimensions, double loadSeconds, int maxBatch, int workers) throws OrtException {
		this.maxBatch = maxBatch;
		this.workers = workers;
		this.pool = workers > 1 ? java.util.concurrent.Executors.newFixedThreadPool(workers - 1, runnable -> {
			Thread thread = new Thread(runnable, "sentence-encoder-" + name);
			thread.setDaemon(true);
			return thread;
		}) : null;
		this.name = name;
		this.env = env;
		this.session = session;
		this.tokenizer = tokenizer;
		this.typeIds = session.getInputNames().contains("token_type_ids");
		this.dimensions = dimensions;
		this.loadSeconds = loadSeconds;
	}

	/**
	 * Loads a model and its tokenizer from classpath resources.
	 * @param threads the cores one call may use: with {@code maxBatch} 1, that many texts run at once, each on one
	 *        core; otherwise ONNX Runtime's intra-op threads of one run
	 * @param maxBatch most texts per run; 1 makes every vector independent of the texts encoded with it (an int8
	 *        model quantises its activations per run, so batch-mates shift a vector slightly)
	 * @throws IllegalArgumentException when a resource is missing
	 */
	static OnnxSentenceModel load(String name, String onnxResource, String tokenizerResource, int dimensions,
			int threads, int maxBatch) {
		long start = System.nanoTime();
		try {
			byte[] onnx = resource(onnxResource);
			HuggingFaceTokenizer tokenizer;
			try (InputStream in = OnnxSentenceModel.class.getResourceAsStream(tokenizerResource)) {
				if (in == null) {
					throw new IllegalArgumentException("Tokenizer " + tokenizerResource + " of model " + name + " is not on the classpath");
				}
				tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("addSpecialTokens", "true", "truncation", "true",
						"maxLength", String.valueOf(MAX_TOKENS), "padding", "false"));
			}
			OrtEnvironment env = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			int cores = Math.max(1, threads);
			boolean textPerCore = maxBatch <= 1;
			options.setIntraOpNumThreads(textPerCore ? 1 : cores);
			options.setInterOpNumThreads(1);
			OrtSession session = env.createSession(onnx, options);
			return new OnnxSentenceModel(name, env, session, tokenizer, dimensions, (System.nanoTime() - start) / 1e9,
					Math.max(1, maxBatch), textPerCore ? cores : 1);
		}
		catch (IOException | OrtException ex) {
			throw new IllegalStateException("Cannot load the sentence model " + name + ": " + ex.getMessage(), ex);
		}
	}

	private static byte[] resource(String path) throws IOException {
		try (InputStream in = OnnxSentenceModel.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("Model file " + path + " is not on the classpath");
			}
			return in.readAllBytes();
		}
	}

	String name() {
		return name;
	}

	int dimensions() {
		return dimensions;
	}

	double loadSeconds() {
		return loadSeconds;
	}

	/** Token ids of one (already shaped) text, with [CLS] and [SEP], at most {@link #MAX_TOKENS}. */
	long[] tokens(String text) {
		Encoding encoding = tokenizer.encode(text, true, false);
		long[] ids = encoding.getIds();
		if (ids.length > MAX_TOKENS) {
			long[] cut = java.util.Arrays.copyOf(ids, MAX_TOKENS);
			cut[MAX_TOKENS - 1] = ids[ids.length - 1];
			return cut;
		}
		return ids;
	}

	/** Unit vectors of (already shaped) texts, in order. */
	List<float[]> embed(List<String> texts) {
		int n = texts.size();
		long[][] ids = new long[n][];
		for (int i = 0; i < n; i++) {
			ids[i] = tokens(texts.get(i));
		}
		float[][] out = new float[n][];
		if (maxBatch == 1 && workers > 1 && n > 1) {
			embedInParallel(ids, out);
			return java.util.Arrays.asList(out);
		}
		List<Integer> order = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt(i -> ids[i].length));
		int from = 0;
		while (from < n) {
			int to = from + 1;
			while (to < n && to - from < maxBatch && (long) ids[order.get(to)].length * (to - from + 1) <= MAX_BATCH_TOKENS) {
				to++;
			}
			run(ids, order.subList(from, to), out);
			from = to;
		}
		return java.util.Arrays.asList(out);
	}

	/** One text per run, {@link #workers} runs at once (the calling thread is one of the workers). */
	private void embedInParallel(long[][] ids, float[][] out) {
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		Runnable worker = () -> {
			for (int i = next.getAndIncrement(); i < ids.length; i = next.getAndIncrement()) {
				run(ids, List.of(i), out);
			}
		};
		List<java.util.concurrent.Future<?>> helpers = new ArrayList<>();
		for (int w = 1; w < Math.min(workers, ids.length); w++) {
			helpers.add(pool.submit(worker));
		}
		RuntimeException failure = null;
		try {
			worker.run();
		}
		catch (RuntimeException ex) {
			next.set(ids.length);
			failure = ex;
		}
		for (var helper : helpers) {
			try {
				helper.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				next.set(ids.length);
				if (failure == null) {
					failure = ex.getCause() instanceof RuntimeException cause ? cause
							: new IllegalStateException(ex.getCause());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				next.set(ids.length);
				failure = failure != null ? failure : new IllegalStateException("Interrupted while encoding", ex);
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private void run(long[][] ids, List<Integer> batch, float[][] out) {
		int rows = batch.size();
		int width = ids[batch.get(rows - 1)].length;
		long[] inputIds = new long[rows * width];
		long[] mask = new long[rows * width];
		for (int r = 0; r < rows; r++) {
			long[] row = ids[batch.get(r)];
			System.arraycopy(row, 0, inputIds, r * width, row.length);
			java.util.Arrays.fill(mask, r * width, r * width + row.length, 1L);
		}
		long[] shape = { rows, width };
		Map<String, OnnxTensor> inputs = new HashMap<>();
		try {
			inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(inputIds), shape));
			inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
			if (typeIds) {
				inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * width]), shape));
			}
			try (OrtSession.Result result = session.run(inputs, Set.of(session.getOutputNames().iterator().next()))) {
				FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
				for (int r = 0; r < rows; r++) {
					out[batch.get(r)] = unitCls(hidden, r * width * dimensions);
				}
			}
		}
		catch (OrtException ex) {
			throw new IllegalStateException("The sentence model " + name + " failed on a batch of " + rows + " texts: "
					+ ex.getMessage(), ex);
		}
		finally {
			inputs.values().forEach(OnnxTensor::close);
		}
	}

	/** The [CLS] token's hidden state (the row's first), L2-normalised. */
	private float[] unitCls(FloatBuffer hidden, int offset) {
		float[] v = new float[dimensions];
		double squares = 0;
		for (int d = 0; d < dimensions; d++) {
			v[d] = hidden.get(offset + d);
			squares += v[d] * v[d];
		}
		float norm = (float) Math.sqrt(squares);
		if (norm > 0) {
			for (int d = 0; d < dimensions; d++) {
				v[d] /= norm;
			}
		}
		return v;
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdownNow();
		}
		try {
			session.close();
		}
		catch (OrtException ex) {
			// closing a session that failed to run; nothing to keep
		}
		tokenizer.close();
	}

}
