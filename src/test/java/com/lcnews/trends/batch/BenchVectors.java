package com.lcnews.trends.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.VectorCodec;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.vectors.ArticleVectors;

/**
 * Benchmark helper: real sentence vectors for the replicated corpus, stored before the job runs so that its embedding
 * step finds nothing missing and the job classifies from stored vectors. N stories taken evenly across the corpus file
 * are encoded once with the application's encoder (the model of the spec, as the embedding step runs it) and cached in
 * {@code vectors-<spec>-<N>.bin} in the benchmark folder (checked against a hash of the encoded texts); article k of
 * the corpus gets the vector of sample k mod N. The job's cost does not depend on which vector an article has; real
 * vectors keep the predicted topic mix (and so the rollup keys a chunk touches) realistic.
 */
final class BenchVectors {

	private static final String MAGIC = "newstrends-bench-vectors/1";

	/** Articles stored per transaction while prefilling. */
	private static final int BATCH = 2000;

	private final EncoderSpec spec;

	private final int stories;

	private final List<float[]> samples;

	/** The samples as the job reads them: stored form, decoded. */
	private final List<float[]> decoded;

	private BenchVectors(EncoderSpec spec, int stories, List<float[]> samples) {
		this.spec = spec;
		this.stories = stories;
		this.samples = samples;
		this.decoded = samples.stream().map(v -> VectorCodec.decode(VectorCodec.encode(v))).toList();
	}

	/** The vectors of N sample stories, read from the cache in {@code dir} or encoded (and cached) when absent. */
	static BenchVectors load(EncoderSpec spec, List<BenchCorpus.Story> stories, int n, Path dir) throws IOException {
		if (n < 1 || n > stories.size()) {
			throw new IllegalArgumentException("--vectors must be between 1 and the corpus' " + stories.size()
					+ " stories, not " + n);
		}
		List<String> texts = new ArrayList<>(n);
		for (int j = 0; j < n; j++) {
			BenchCorpus.Story s = stories.get(storyOf(j, n, stories.size()));
			texts.add(Article.classificationText(s.title(), null, s.text()));
		}
		String hash = sha256(spec.id(), texts);
		Path cache = dir.resolve("vectors-" + spec.id().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + n + ".bin");
		List<float[]> cached = read(cache, spec, n, hash);
		if (cached != null) {
			System.out.printf(Locale.ROOT, "vectors: %d sample stories' vectors of %s read from %s%n", n, spec.id(),
					cache);
			return new BenchVectors(spec, stories.size(), cached);
		}
		long t0 = System.nanoTime();
		List<float[]> encoded = encode(spec, texts);
		System.out.printf(Locale.ROOT, "vectors: encoded %d sample stories with %s in %.1f s (%.0f texts/s, model "
				+ "loading included), cached in %s%n", n, spec.id(), secs(t0), n / secs(t0), cache);
		write(cache, spec, hash, encoded);
		return new BenchVectors(spec, stories.size(), encoded);
	}

	EncoderSpec spec() {
		return spec;
	}

	int size() {
		return samples.size();
	}

	/** The corpus story sample {@code j} is the vector of. */
	int storyOf(int j) {
		return storyOf(j, samples.size(), stories);
	}

	private static int storyOf(int j, int n, int stories) {
		return (int) ((long) j * stories / n);
	}

	/** The decoded stored vector of corpus article (or story) {@code k}: sample k mod N, as the job reads it. */
	float[] decodedFor(long k) {
		return decoded.get((int) Math.floorMod(k, (long) decoded.size()));
	}

	/**
	 * Stores a vector for every article of corpus positions {@code from} (inclusive) to {@code to} (exclusive), in
	 * transactions of {@value #BATCH} through the vectors' owner, {@link ArticleVectors#store}.
	 */
	void prefill(JdbcTemplate jdbc, ArticleVectors vectors, int from, int to) {
		long after = Long.MIN_VALUE;
		while (true) {
			List<ArticleVectors.Stored> batch = new ArrayList<>(BATCH);
			// The corpus stores article k of the replicated corpus with ordinal k.
			jdbc.query("SELECT id, ordinal FROM article WHERE id > ? AND ordinal >= ? AND ordinal < ? ORDER BY id "
					+ "FETCH FIRST " + BATCH + " ROWS ONLY", rs -> {
						batch.add(new ArticleVectors.Stored(rs.getLong(1), samples.get(rs.getInt(2) % samples.size())));
					}, after, from, to);
			vectors.store(spec.id(), batch);
			if (batch.size() < BATCH) {
				return;
			}
			after = batch.get(batch.size() - 1).articleId();
		}
	}

	/**
	 * Encodes with a private instance of the spec's model (the application's code, threads and batch size) and
	 * closes it afterwards, so that the job is measured without the model loaded.
	 */
	private static List<float[]> encode(EncoderSpec spec, List<String> texts) {
		TextEncoder encoder = Encoders.open(spec, Encoders.threads(), Encoders.batch());
		try {
			List<float[]> vectors = new ArrayList<>(texts.size());
			for (int from = 0; from < texts.size(); from += 100) {
				vectors.addAll(encoder.encodeAll(texts.subList(from, Math.min(texts.size(), from + 100))));
				System.out.printf(Locale.ROOT, "\r  encoded %d of %d", vectors.size(), texts.size());
			}
			System.out.println();
			return vectors;
		}
		finally {
			Encoders.close(encoder);
		}
	}

	private static List<float[]> read(Path cache, EncoderSpec spec, int n, String hash) throws IOException {
		if (!Files.isRegularFile(cache)) {
			return null;
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
			if (!MAGIC.equals(in.readUTF()) || !spec.id().equals(in.readUTF()) || in.readInt() != n
					|| in.readInt() != spec.dimensions() || !hash.equals(in.readUTF())) {
				System.out.println("vectors: " + cache + " was made for other texts or another spec; encoding again");
				return null;
			}
			List<float[]> vectors = new ArrayList<>(n);
			for (int j = 0; j < n; j++) {
				float[] v = new float[spec.dimensions()];
				for (int i = 0; i < v.length; i++) {
					v[i] = in.readFloat();
				}
				vectors.add(v);
			}
			return vectors;
		}
	}

	private static void write(Path cache, EncoderSpec spec, String hash, List<float[]> vectors) throws IOException {
		Files.createDirectories(cache.getParent());
		Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
			out.writeUTF(MAGIC);
			out.writeUTF(spec.id());
			out.writeInt(vectors.size());
			out.writeInt(spec.dimensions());
			out.writeUTF(hash);
			for (float[] v : vectors) {
				for (float x : v) {
					out.writeFloat(x);
				}
			}
		}
		Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String sha256(String specId, List<String> texts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(specId.getBytes(StandardCharsets.UTF_8));
			for (String t : texts) {
				digest.update((byte) 0);
				digest.update(t.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double secs(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

}
