package com.lcnews.trends.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/**
 * Where libraries unpack their native code (the sentence model's tokenizer, through DJL and JNA, would otherwise write
 * {@code ~/.djl.ai} and {@code ~/.cache/JNA}): the data home's cache for the dashboard, a temporary folder deleted at exit for a command, so that
 * nothing lands outside the data home.
 */
public final class NativeLibraries {

	/** The property DJL reads for its cache folder. */
	static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";

	private NativeLibraries() {
	}

	/** The property JNA (used by the tokenizer's loader) reads for its temporary files. */
	static final String JNA_TMPDIR = "jna.tmpdir";

	/** Native libraries go to {@code dir} (created when first needed), unless the JVM was told otherwise. */
	public static void unpackInto(Path dir) {
		if (System.getProperty(DJL_CACHE_DIR) == null && System.getenv(DJL_CACHE_DIR) == null) {
			System.setProperty(DJL_CACHE_DIR, dir.toAbsolutePath().toString());
		}
		if (System.getProperty(JNA_TMPDIR) == null) {
			System.setProperty(JNA_TMPDIR, dir.resolve("jna").toAbsolutePath().toString());
		}
	}

	/** Native libraries go to a new temporary folder that is deleted when the JVM exits. */
	public static void unpackIntoTemporaryFolder() {
		if (System.getProperty(DJL_CACHE_DIR) != null || System.getenv(DJL_CACHE_DIR) != null) {
			return;
		}
		try {
			Path temp = Files.createTempDirectory("news-trends-native");
			System.setProperty(DJL_CACHE_DIR, temp.toString());
			if (System.getProperty(JNA_TMPDIR) == null) {
				System.setProperty(JNA_TMPDIR, temp.resolve("jna").toString());
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					FileSystemUtils.deleteRecursively(temp);
				}
				catch (IOException ex) {
					// a leftover temporary folder is the system's to clean
				}
			}, "delete-native-libraries"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary folder for native libraries", ex);
		}
	}

}
