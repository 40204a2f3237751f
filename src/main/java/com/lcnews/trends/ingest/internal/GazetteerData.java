package com.lcnews.trends.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.lcnews.trends.ingest.internal.Gazetteer.Entry;
import com.lcnews.trends.ingest.internal.Gazetteer.Kind;
import com.lcnews.trends.shared.District;
import com.lcnews.trends.shared.DistrictCatalog;

/**
 * Builds the {@link Gazetteer} from the bundled data: the district catalog (聊城's county-level units, zones and their
 * short forms), the official 聊城 township table with the zone overlay and the townships' short forms (without
 * 镇/乡/街道, when unambiguous in 聊城 and not the name of anything else), the national division table (province,
 * prefecture and county names, township names ending in 街道/镇/乡/苏木), the generated short forms of provinces,
 * prefectures and counties, and the list of national media and regions outside the table.
 */
final class GazetteerData {

	private static final Pattern TOWN_NAME = Pattern.compile(".+(?:街道|镇|乡|苏木)");

	/** Names of one unit, merged per name. */
	private static final class Names {

		private final Kind kind;

		private final Set<Integer> codes = new LinkedHashSet<>();

		private boolean weak = true;

		private int rule = Gazetteer.ANYWHERE;

		Names(Kind kind) {
			this.kind = kind;
		}

	}

	private final Map<String, Names> names = new HashMap<>();

	private final Map<Integer, Integer> zoneOfTown = new HashMap<>();

	private GazetteerData() {
	}

	static Gazetteer load() {
		GazetteerData data = new GazetteerData();
		Divisions divisions = Divisions.bundled();
		data.addCatalog(DistrictCatalog.bundled());
		data.addLiaochengTowns();
		data.addNational(divisions);
		read("/data/other_places.csv", row -> {
			boolean media = row.get("kind").equals("media");
			data.add(row.get("name"), media ? Kind.MEDIA : Kind.PLACE, media ? 0 : Gazetteer.ABROAD, false);
		});
		TreeMap<String, Entry> entries = new TreeMap<>();
		data.names.forEach((name, n) -> entries.put(name, new Entry(name, n.kind,
				n.codes.stream().mapToInt(Integer::intValue).toArray(), n.weak, n.rule)));
		return new Gazetteer(entries, divisions, data.zoneOfTown);
	}

	private void addCatalog(DistrictCatalog catalog) {
		for (District d : catalog.all()) {
			if (d.code().equals(District.NOT_LOCAL)) {
				continue;
			}
			int code = Integer.parseInt(d.code());
			boolean zone = d.code().startsWith("37157");
			add(d.nameZh(), Kind.PLACE, code, false);
			for (String form : d.shortForms()) {
				String f = form.strip();
				if (code == Gazetteer.LIAOCHENG && !f.startsWith("聊城")) {
					add(f, Kind.CITY, code, false);
				}
				else if (zone && !f.startsWith("聊城")) {
					add(f, Kind.ZONE_SHORT, code, false).rule = Gazetteer.NOT_INSIDE_NAME;
				}
				else {
					add(f, Kind.PLACE, code, false);
				}
			}
		}
		add("聊城", Kind.PLACE, Gazetteer.LIAOCHENG, false);
		add("我市", Kind.CITY, Gazetteer.LIAOCHENG, false);
		add("本市", Kind.CITY, Gazetteer.LIAOCHENG, false);
		add("聊城高新区", Kind.PLACE, 371572, false);
		add("聊城度假区", Kind.PLACE, 371573, false);
	}

	private void addLiaochengTowns() {
		Map<String, Integer> towns = new LinkedHashMap<>();
		read("/data/liaocheng_divisions.csv", row -> towns.put(row.get("name"), Integer.parseInt(row.get("code"))));
		Map<String, Integer> stems = new LinkedHashMap<>();
		read("/data/zone_overlay.csv", row -> {
			int zone = Integer.parseInt(row.get("zone_code"));
			int town = towns.getOrDefault(row.get("name"), zone);
			zoneOfTown.put(town, zone);
			towns.putIfAbsent(row.get("name"), town);
			for (String s : row.get("short_forms").split("\\|")) {
				if (!s.isBlank()) {
					stems.put(s.strip(), town);
				}
			}
		});
		Map<String, Integer> shortForms = new HashMap<>();
		towns.forEach((name, code) -> {
			add(name, Kind.PLACE, code, name.length() < 3);
			String stem = name.replaceFirst("(街道|镇|乡)$", "");
			if (!stem.equals(name) && stem.length() >= 2) {
				shortForms.merge(stem, code, (a, b) -> a.equals(b) ? a : 0);
			}
		});
		shortForms.forEach((stem, code) -> {
			if (code != 0) {
				stems.putIfAbsent(stem, code);
			}
		});
		stems.forEach((stem, code) -> {
			if (!names.containsKey(stem)) {
				add(stem, Kind.PLACE, code, false).rule = stem.length() < 3 ? Gazetteer.BEFORE_INSTITUTION : Gazetteer.ANYWHERE;
			}
		});
	}

	private void addNational(Divisions divisions) {
		divisions.named().forEach((code, name) -> {
			if (!Divisions.within(code, Gazetteer.LIAOCHENG)) {
				// a two-character district name (城区, 郊区, 东区) is also a common word
				add(name, Kind.PLACE, code, name.length() < 3 && name.endsWith("区"));
			}
		});
		Divisions.townships(row -> {
			String name = row.get("name");
			int code = Integer.parseInt(row.get("code"));
			if (TOWN_NAME.matcher(name).matches() && !Divisions.within(code, Gazetteer.LIAOCHENG)) {
				add(name, Kind.PLACE, code, name.length() < 3);
			}
		});
		read("/data/place_short_forms.csv", row -> {
			String form = row.get("short_form");
			Names existing = names.get(TextNormalizer.fold(form));
			if (existing == null || existing.kind == Kind.PLACE) {
				add(form, Kind.PLACE, Integer.parseInt(row.get("code")), !row.get("distinctive").equals("y"));
			}
		});
	}

	/** Adds a name for a unit; a name stays weak only while every unit it names was added as weak. */
	private Names add(String name, Kind kind, int code, boolean weak) {
		String key = TextNormalizer.fold(name);
		Names n = names.get(key);
		if (n == null || n.kind != kind && kind != Kind.PLACE) {
			n = new Names(kind);
			names.put(key, n);
		}
		else if (n.kind != kind) {
			return n;
		}
		if (code != 0) {
			n.codes.add(code);
		}
		n.weak = n.weak && weak;
		return n;
	}

	private static void read(String resource, Consumer<CSVRecord> rows) {
		try (InputStream in = GazetteerData.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setCommentMarker('#')
				.setTrim(true)
				.get();
			format.parse(reader).forEach(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
