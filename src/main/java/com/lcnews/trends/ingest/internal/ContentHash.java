package com.lcnews.trends.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 hex of an article's headline and body with all whitespace removed and full-width forms folded, so the same
 * article is recognised in a re-import, a re-encoded file or a copy with other line breaks.
 */
public final class ContentHash {

	private ContentHash() {
	}

	public static String of(String headline, String body) {
		String text = TextNormalizer.compact(headline) + "\u0000" + TextNormalizer.compact(body);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
