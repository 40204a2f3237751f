package com.lcnews.trends.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.lcnews.trends.shared.District;
import com.lcnews.trends.shared.DistrictCatalog;

/**
 * Place names of 聊城市 and the names that show an item is not about it, matched longest-first with a character trie.
 * Built from data only: the district catalog (names and short forms), the official town and street table (full names,
 * and short forms without 镇/乡/街道 when unambiguous; two-character short forms count only before words like 村,
 * 派出所 or 中心), the zone overlay, and the list of other places and national media.
 */
public final class Gazetteer {

	/** What a name stands for. */
	public enum Kind {
		/** A county-level unit (name or short form), or a zone named with 聊城. */
		COUNTY,
		/** A zone short form such as 开发区: every city has one, so it counts only on a 聊城 page. */
		ZONE_SHORT,
		/** A town or street, standing for the county-level unit that administers it. */
		TOWN,
		/** 聊城 as a whole. */
		CITY,
		/** A place outside 聊城市. */
		FOREIGN,
		/** A national medium: its reprints are not local. */
		MEDIA
	}

	/** One name. */
	public record Place(String name, Kind kind, String code, boolean needsContext) {
	}

	/** A name found at [start, end) of a folded text. */
	public record Hit(Place place, int start, int end) {
	}

	private static final String[] TOWN_CONTEXT = { "街道", "镇", "乡", "村", "社区", "派出所", "卫生院", "中心", "小学", "中学",
			"初中", "幼儿园", "办事处", "政府", "党委", "党工委", "管区", "辖区", "农贸" };

	private static final class Node {

		final Map<Character, Node> next = new HashMap<>(4);

		Place place;

	}

	private final Node root = new Node();

	private final boolean[] firstChar = new boolean[65536];

	private Gazetteer() {
	}

	/** The gazetteer built from the bundled data files. */
	public static Gazetteer bundled() {
		Gazetteer g = new Gazetteer();
		g.addCatalog(DistrictCatalog.bundled());
		Map<String, String> overlay = new LinkedHashMap<>();
		read("/data/zone_overlay.csv", row -> {
			overlay.put(row.get("name"), row.get("zone_code"));
			for (String s : row.get("short_forms").split("\\|")) {
				if (!s.isBlank()) {
					g.add(new Place(s.strip(), Kind.TOWN, row.get("zone_code"), s.strip().length() < 3));
				}
			}
		});
		List<String[]> towns = new ArrayList<>();
		read("/data/liaocheng_divisions.csv", row -> towns.add(new String[] { row.get("name"), row.get("county_code") }));
		overlay.forEach((name, code) -> towns.add(new String[] { name, code }));
		g.addTowns(towns, overlay);
		read("/data/other_places.csv", row -> g.add(new Place(row.get("name"),
				row.get("kind").equals("media") ? Kind.MEDIA : Kind.FOREIGN, District.NOT_LOCAL, false)));
		return g;
	}

	private void addCatalog(DistrictCatalog catalog) {
		for (District d : catalog.all()) {
			if (d.code().equals(District.NOT_LOCAL)) {
				continue;
			}
			boolean city = d.code().equals(District.CITY_WIDE);
			boolean zone = d.code().startsWith("37157");
			add(new Place(d.nameZh(), city ? Kind.CITY : Kind.COUNTY, d.code(), false));
			for (String form : d.shortForms()) {
				Kind kind = city ? Kind.CITY : zone && !form.startsWith("聊城") ? Kind.ZONE_SHORT : Kind.COUNTY;
				add(new Place(form.strip(), kind, d.code(), false));
			}
		}
		for (String form : new String[] { "聊城", "我市", "本市" }) {
			add(new Place(form, Kind.CITY, District.CITY_WIDE, false));
		}
		add(new Place("聊城高新区", Kind.COUNTY, "371572", false));
		add(new Place("聊城度假区", Kind.COUNTY, "371573", false));
	}

	private void addTowns(List<String[]> towns, Map<String, String> overlay) {
		Map<String, String> shortForms = new HashMap<>();
		for (String[] town : towns) {
			String name = town[0];
			String code = overlay.getOrDefault(name, town[1]);
			add(new Place(name, Kind.TOWN, code, false));
			String shortForm = name.replaceFirst("(街道|镇|乡)$", "");
			if (!shortForm.equals(name) && shortForm.length() >= 2) {
				shortForms.merge(shortForm, code, (a, b) -> a.equals(b) ? a : "");
			}
		}
		shortForms.forEach((form, code) -> {
			if (!code.isEmpty() && find(form) == null) {
				add(new Place(form, Kind.TOWN, code, form.length() < 3));
			}
		});
	}

	private void add(Place place) {
		Node node = root;
		for (char c : place.name().toCharArray()) {
			node = node.next.computeIfAbsent(c, k -> new Node());
		}
		if (node.place == null || node.place.kind() == Kind.TOWN && place.kind() != Kind.TOWN) {
			node.place = place;
		}
		firstChar[place.name().charAt(0)] = true;
	}

	private Place find(String name) {
		Node node = root;
		for (char c : name.toCharArray()) {
			node = node.next.get(c);
			if (node == null) {
				return null;
			}
		}
		return node.place;
	}

	/** All names in a folded text, longest match first, left to right, without overlaps. */
	public List<Hit> find(CharSequence text) {
		List<Hit> hits = new ArrayList<>();
		int n = text.length();
		int i = 0;
		while (i < n) {
			if (!firstChar[text.charAt(i)]) {
				i++;
				continue;
			}
			Place best = null;
			int bestEnd = -1;
			Node node = root;
			for (int j = i; j < n; j++) {
				node = node.next.get(text.charAt(j));
				if (node == null) {
					break;
				}
				if (node.place != null) {
					best = node.place;
					bestEnd = j + 1;
				}
			}
			if (best != null && accepts(best, text, i, bestEnd)) {
				hits.add(new Hit(best, i, bestEnd));
				i = bestEnd;
			}
			else {
				i++;
			}
		}
		return hits;
	}

	private static boolean accepts(Place place, CharSequence text, int start, int end) {
		if (place.kind() == Kind.ZONE_SHORT && start > 0 && TextNormalizer.isHan(text.charAt(start - 1))
				&& text.charAt(start - 1) != '市') {
			return false;
		}
		if (!place.needsContext()) {
			return true;
		}
		String after = text.subSequence(end, Math.min(text.length(), end + 3)).toString();
		for (String word : TOWN_CONTEXT) {
			if (after.startsWith(word)) {
				return true;
			}
		}
		return false;
	}

	private static void read(String resource, Consumer<CSVRecord> rows) {
		try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
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
