package com.lcnews.trends.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One-to-one traditional-to-simplified character table for matching, from HanLP's bundled {@code t2s.txt}. Only
 * characters that simplified text never uses (not encodable in GB2312) are mapped, so simplified text folds to
 * itself: 訊 → 讯, 東 → 东, but 乾 and 後 stay as printed.
 */
final class TraditionalChars {

	private static final String RESOURCE = "/data/dictionary/tc/t2s.txt";

	/** For every char its simplified form (itself when there is none). */
	static final char[] SIMPLIFIED = load();

	private TraditionalChars() {
	}

	private static char[] load() {
		char[] table = new char[65536];
		for (int c = 0; c < table.length; c++) {
			table[c] = (char) c;
		}
		CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
		try (InputStream in = TraditionalChars.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE + " (HanLP portable)");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.length() == 3 && line.charAt(1) == '=' && !Character.isSurrogate(line.charAt(0))
						&& !Character.isSurrogate(line.charAt(2)) && !gb2312.canEncode(line.charAt(0))) {
					table[line.charAt(0)] = line.charAt(2);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
		return table;
	}

}
