package com.lcnews.trends.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The county-level units of 聊城市 plus the city-wide and not-local codes, read from the bundled data file
 * {@code data/districts.csv} ({@code code,name_zh,name_en,short_forms} with short forms separated by '|').
 */
public final class DistrictCatalog {

	private static final String RESOURCE = "/data/districts.csv";

	private final Map<String, District> byCode;

	private DistrictCatalog(Map<String, District> byCode) {
		this.byCode = byCode;
	}

	/** The catalog bundled with the application. */
	public static DistrictCatalog bundled() {
		try (InputStream in = DistrictCatalog.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	static DistrictCatalog parse(Reader reader) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		Map<String, District> byCode = new LinkedHashMap<>();
		for (CSVRecord row : format.parse(reader)) {
			String forms = row.get("short_forms");
			List<String> shortForms = forms.isEmpty() ? List.of() : Arrays.asList(forms.split("\\|"));
			District district = new District(row.get("code"), row.get("name_zh"), row.get("name_en"), shortForms);
			byCode.put(district.code(), district);
		}
		return new DistrictCatalog(byCode);
	}

	/** All entries: the county-level units, then city-wide and not-local, in file order. */
	public List<District> all() {
		return List.copyOf(byCode.values());
	}

	/** The county-level units only (no city-wide or not-local entry). */
	public List<District> counties() {
		List<District> result = new ArrayList<>();
		for (District d : byCode.values()) {
			if (!d.code().equals(District.CITY_WIDE) && !d.code().equals(District.NOT_LOCAL)) {
				result.add(d);
			}
		}
		return result;
	}

	/** The district of a code, if known. */
	public Optional<District> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/** Display name of a code; unknown or null codes are shown as they are ("?" for null). */
	public String displayName(String code, Locale locale) {
		if (code == null) {
			return "?";
		}
		return find(code).map(d -> d.displayName(locale)).orElse(code);
	}

}
