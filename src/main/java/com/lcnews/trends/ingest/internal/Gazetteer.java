package com.lcnews.trends.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * Place names of all of China, with 聊城市's own short forms and words, matched in one pass by an Aho-Corasick automaton
 * over a double-array trie (HanLP's {@link AhoCorasickDoubleArrayTrie}); leftmost, then longest, names win. Built from
 * data only (see {@link GazetteerData}). A name may stand for several units (朝阳区, 城关镇, 东城街道): which one is
 * meant is decided by {@link #resolve} from the places named around it, never from the name alone.
 */
public final class Gazetteer {

	/** What a name stands for. */
	public enum Kind {
		/** One or more administrative units (codes of {@link Divisions}, or a 聊城 zone code, or {@link #ABROAD}). */
		PLACE,
		/** A zone short form such as 开发区 or 高新区: every city has one, so it counts only on a 聊城 page. */
		ZONE_SHORT,
		/** The paper's own city: 全市, 我市, 本市, 市中心城区 (聊城 only on a 聊城 page). */
		CITY,
		/** A national medium: its reprints are not local. */
		MEDIA
	}

	/** Code of places outside the division table (Hong Kong, Macao, Taiwan). */
	static final int ABROAD = -1;

	/** Code of 聊城市. */
	static final int LIAOCHENG = 3715;

	/** Code of 山东省, which contains 聊城: naming it says nothing either way. */
	static final int SHANDONG = 37;

	/** No extra test. */
	static final int ANYWHERE = 0;

	/** A two-character town short form: counts only before a word such as 村, 派出所 or 中心. */
	static final int BEFORE_INSTITUTION = 1;

	/** A zone short form: not after another Han character than 市 (东昌开发区 is not 开发区). */
	static final int NOT_INSIDE_NAME = 2;

	/**
	 * One name.
	 *
	 * @param codes the units it may stand for; for {@link Kind#CITY} 3715, for {@link Kind#ZONE_SHORT} the zone, for
	 * {@link Kind#MEDIA} none
	 * @param weak a short form that is also a common word or a person's name (日照, 安康, 齐河): it counts only where its
	 * province or prefecture is named around it
	 * @param rule {@link #ANYWHERE}, {@link #BEFORE_INSTITUTION} or {@link #NOT_INSIDE_NAME}
	 */
	public record Entry(String name, Kind kind, int[] codes, boolean weak, int rule) {

		/** Whether every unit the name may stand for lies in 聊城市. */
		boolean local() {
			for (int code : codes) {
				if (!Divisions.within(code, LIAOCHENG)) {
					return false;
				}
			}
			return codes.length > 0;
		}

	}

	/** A name found at [start, end) of a folded text. */
	public record Hit(Entry entry, int start, int end) {
	}

	private static final String[] TOWN_CONTEXT = { "街道", "镇", "乡", "村", "社区", "派出所", "卫生院", "中心", "小学", "中学",
			"初中", "幼儿园", "办事处", "政府", "党委", "党工委", "管区", "辖区", "农贸" };

	private final AhoCorasickDoubleArrayTrie<Entry> automaton = new AhoCorasickDoubleArrayTrie<>();

	private final Divisions divisions;

	private final Map<Integer, Integer> zoneOfTown;

	Gazetteer(TreeMap<String, Entry> entries, Divisions divisions, Map<Integer, Integer> zoneOfTown) {
		this.automaton.build(entries);
		this.divisions = divisions;
		this.zoneOfTown = Map.copyOf(zoneOfTown);
	}

	/** The gazetteer built from the bundled data files, once per JVM (building the automaton takes seconds). */
	public static Gazetteer bundled() {
		return Bundled.INSTANCE;
	}

	private static final class Bundled {

		static final Gazetteer INSTANCE = GazetteerData.load();

	}

	/** Number of distinct names. */
	public int size() {
		return automaton.size();
	}

	/** All names in a folded text, leftmost first, the longest at each place, without overlaps. */
	public List<Hit> find(CharSequence folded) {
		String text = folded.toString();
		Matches m = new Matches();
		automaton.parseText(text.toCharArray(), m);
		List<Hit> hits = new ArrayList<>();
		if (m.size == 0) {
			return hits;
		}
		// leftmost first, then longest: sort (start, -length) packed into one long per match
		long[] order = new long[m.size];
		for (int i = 0; i < m.size; i++) {
			order[i] = (long) m.starts[i] << 40 | (long) (0xFFFF - (m.ends[i] - m.starts[i])) << 20 | i;
		}
		java.util.Arrays.sort(order);
		int free = 0;
		for (long key : order) {
			int i = (int) (key & 0xFFFFF);
			if (m.starts[i] >= free && accepts(m.entries[i], text, m.starts[i], m.ends[i])) {
				hits.add(new Hit(m.entries[i], m.starts[i], m.ends[i]));
				free = m.ends[i];
			}
		}
		return hits;
	}

	/** The automaton's matches of one text, in growable arrays. */
	private static final class Matches implements AhoCorasickDoubleArrayTrie.IHit<Entry> {

		int[] starts = new int[16];

		int[] ends = new int[16];

		Entry[] entries = new Entry[16];

		int size;

		@Override
		public void hit(int begin, int end, Entry value) {
			if (size == starts.length) {
				starts = java.util.Arrays.copyOf(starts, size * 2);
				ends = java.util.Arrays.copyOf(ends, size * 2);
				entries = java.util.Arrays.copyOf(entries, size * 2);
			}
			starts[size] = begin;
			ends[size] = end;
			entries[size++] = value;
		}

	}

	/** Whether a folded text names any place. */
	public boolean mentionsPlace(String folded) {
		return !find(folded).isEmpty();
	}

	private static boolean accepts(Entry entry, String text, int start, int end) {
		if (entry.rule() == NOT_INSIDE_NAME && start > 0 && TextNormalizer.isHan(text.charAt(start - 1))
				&& text.charAt(start - 1) != '市') {
			return false;
		}
		if (entry.rule() == BEFORE_INSTITUTION && !followedBy(text, end, TOWN_CONTEXT)) {
			return false;
		}
		return entry.kind() != Kind.PLACE || entry.local() || !namesSomethingElse(text, end);
	}

	/** 北京路, 济南大街, 北京时间: a road or a time named after a place elsewhere is no mention of that place. */
	private static boolean namesSomethingElse(String text, int end) {
		if (end >= text.length()) {
			return false;
		}
		char next = text.charAt(end);
		return next == '路' || next == '巷' || next == '街' && !text.startsWith("街道", end)
				|| followedBy(text, end, new String[] { "大街", "大道", "胡同", "时间" });
	}

	private static boolean followedBy(String text, int end, String[] words) {
		for (String word : words) {
			if (text.startsWith(word, end)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The unit a place name stands for, or 0 when it cannot be told. A name of one unit that is not weak stands for
	 * it (so do names of nested units, 吉林 the province and the city). Otherwise the candidates are tried against the
	 * codes named in the article, then on the page: the one inside the most specific named unit wins (a township
	 * needs its prefecture or county named, a county at least its province); a tie is no answer. Names only 聊城
	 * uses stand for their 聊城 unit unless the page is about another place.
	 */
	int resolve(Entry entry, Set<Integer> article, Set<Integer> page, boolean foreignPage) {
		int[] codes = entry.codes();
		if (codes.length == 0) {
			return 0;
		}
		if (entry.kind() != Kind.PLACE) {
			return codes[0];
		}
		if (!entry.weak() && (codes.length == 1 || nested(codes))) {
			return shallowest(codes);
		}
		int code = byContext(codes, article);
		code = code != 0 ? code : byContext(codes, page);
		if (code == 0 && entry.local() && !foreignPage && codes.length == 1) {
			code = codes[0];
		}
		return code;
	}

	/** Whether a name of one unit (or nested units) stands for it without any context. */
	static boolean direct(Entry entry) {
		return entry.kind() == Kind.PLACE && !entry.weak() && entry.codes().length > 0
				&& (entry.codes().length == 1 || nested(entry.codes()));
	}

	private static int byContext(int[] codes, Set<Integer> context) {
		if (context.isEmpty()) {
			return 0;
		}
		int best = 0;
		int bestDepth = 0;
		boolean tie = false;
		for (int code : codes) {
			int depth = 0;
			for (int a = code; a > 0; a = Divisions.parent(a)) {
				if (context.contains(a)) {
					depth = Divisions.level(a);
					break;
				}
			}
			int needed = Divisions.level(code) == 4 ? 2 : 1;
			if (depth < needed || code < 0) {
				continue;
			}
			if (depth > bestDepth) {
				best = code;
				bestDepth = depth;
				tie = false;
			}
			else if (depth == bestDepth) {
				tie = true;
			}
		}
		return tie ? 0 : best;
	}

	private static boolean nested(int[] codes) {
		int top = shallowest(codes);
		for (int code : codes) {
			if (!Divisions.within(code, top)) {
				return false;
			}
		}
		return true;
	}

	static int shallowest(int[] codes) {
		int top = codes[0];
		for (int code : codes) {
			if (Divisions.level(code) < Divisions.level(top)) {
				top = code;
			}
		}
		return top;
	}

	/**
	 * The district code of a resolved unit: a 聊城 county or zone (a township counts for the county or zone that
	 * administers it), {@code 3715} for the city, {@code -} for anywhere else, null for 山东省 (neither).
	 */
	String district(int code) {
		if (code == ABROAD) {
			return com.lcnews.trends.shared.District.NOT_LOCAL;
		}
		if (!Divisions.within(code, LIAOCHENG)) {
			return code == SHANDONG ? null : com.lcnews.trends.shared.District.NOT_LOCAL;
		}
		return switch (Divisions.level(code)) {
			case 2 -> com.lcnews.trends.shared.District.CITY_WIDE;
			case 4 -> String.valueOf(zoneOfTown.getOrDefault(code, code / 1000));
			default -> String.valueOf(code);
		};
	}

	/** The full name of a resolved unit for evidence, e.g. 山东省菏泽市牡丹区; {@code asNamed} is the name as found. */
	String qualified(int code, String asNamed) {
		if (code <= 0) {
			return asNamed;
		}
		return divisions.qualified(code, Divisions.level(code) == 4 || divisions.name(code) == null ? asNamed : null);
	}

}
