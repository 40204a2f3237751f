package com.lcnews.trends.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The default {@link VectorSource}: encodes the texts it has not seen with the spec's encoder and keeps their compact
 * form ({@link VectorCodec}) in memory, keyed by model and shaped text (so two leads that cut a text the same way share
 * one vector); with a cache folder also in one append-only file per model ({@code <model>.vectors}: SHA-256 of the
 * shaped text, length, codec bytes), read back by the next run. Vectors come back through the codec, exactly as the
 * application's stored vectors do. Thread-safe.
 */
public final class EncodingVectorSource implements VectorSource {

	private static final int CHUNK = 256;

	private final EncoderProvider encoders;

	private final Path cacheDir;

	private final Map<String, Map<String, byte[]>> byModel = new ConcurrentHashMap<>();

	/**
	 * @param cacheDir folder for vector files, or null for memory only
	 */
	public EncodingVectorSource(EncoderProvider encoders, Path cacheDir) {
		this.encoders = encoders;
		this.cacheDir = cacheDir;
	}

	@Override
	public List<float[]> vectors(EncoderSpec spec, List<String> texts, Consumer<String> progress) {
		Map<String, byte[]> known = cache(spec.model());
		List<String> keys = texts.stream().map(t -> key(spec.shape(t))).toList();
		List<Integer> missing = new ArrayList<>();
		java.util.Set<String> queued = new java.util.HashSet<>();
		for (int i = 0; i < texts.size(); i++) {
			if (!known.containsKey(keys.get(i)) && queued.add(keys.get(i))) {
				missing.add(i);
			}
		}
		if (!missing.isEmpty()) {
			encode(spec, texts, keys, missing, known, progress);
		}
		return keys.stream().map(k -> VectorCodec.decode(known.get(k))).toList();
	}

	private void encode(EncoderSpec spec, List<String> texts, List<String> keys, List<Integer> missing,
			Map<String, byte[]> known, Consumer<String> progress) {
		TextEncoder encoder = encoders.encoder(spec);
		long start = System.nanoTime();
		for (int from = 0; from < missing.size(); from += CHUNK) {
			List<Integer> part = missing.subList(from, Math.min(missing.size(), from + CHUNK));
			List<float[]> vectors = encoder.encodeAll(part.stream().map(texts::get).toList());
			List<String> partKeys = new ArrayList<>();
			List<byte[]> encoded = new ArrayList<>();
			for (int j = 0; j < part.size(); j++) {
				byte[] bytes = VectorCodec.encode(vectors.get(j));
				known.put(keys.get(part.get(j)), bytes);
				partKeys.add(keys.get(part.get(j)));
				encoded.add(bytes);
			}
			append(spec.model(), partKeys, encoded);
			int done = from + part.size();
			double elapsed = (System.nanoTime() - start) / 1e9;
			progress.accept(String.format(Locale.ROOT, "embedding with %s: %d/%d texts, %.0f s elapsed, ~%.0f s left (%.0f texts/s)",
					spec.id(), done, missing.size(), elapsed, elapsed / done * (missing.size() - done), done / elapsed));
		}
	}

	private Map<String, byte[]> cache(String model) {
		return byModel.computeIfAbsent(model, m -> {
			Map<String, byte[]> map = new ConcurrentHashMap<>();
			if (cacheDir != null) {
				read(cacheDir.resolve(m + ".vectors"), map);
			}
			return map;
		});
	}

	private static void read(Path file, Map<String, byte[]> into) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
			while (true) {
				byte[] hash = new byte[32];
				in.readFully(hash);
				byte[] bytes = new byte[in.readUnsignedShort()];
				in.readFully(bytes);
				into.put(HexFormat.of().formatHex(hash), bytes);
			}
		}
		catch (EOFException ex) {
			// end of file, or a record cut short by a killed run: what was read completely is kept
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the vector cache " + file.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
	}

	private synchronized void append(String model, List<String> keys, List<byte[]> encoded) {
		if (cacheDir == null) {
			return;
		}
		Path file = cacheDir.resolve(model + ".vectors");
		try {
			Files.createDirectories(cacheDir);
			try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
				for (int i = 0; i < keys.size(); i++) {
					out.write(HexFormat.of().parseHex(keys.get(i)));
					out.writeShort(encoded.get(i).length);
					out.write(encoded.get(i));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the vector cache " + file.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
	}

	/** SHA-256 (hex) of a shaped text. */
	static String key(String shaped) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shaped.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
