package com.lcnews.trends.labelling;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.batch.LabelCorrectionService;
import com.lcnews.trends.shared.Topic;

/**
 * The labelling workflow: what to label next and how far labellers agree. Labels are written through
 * {@link LabelCorrectionService} so the rollups follow at once.
 */
@Service
public class LabellingService {

	/** One queue slot in this many goes to an article someone else labelled, to build the agreement sample. */
	static final int SHARED_EVERY = 5;

	private static final int PREFIX = 8;

	/** How many of the model's most probable topics a queue item offers. */
	public static final int CANDIDATES = 2;

	/** Candidates read per page, as a multiple of the batch size (room for variety and near-duplicates). */
	static final int POOL_FACTOR = 4;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ArticleQueryService articles;

	private final LabelCorrectionService labels;

	private final JdbcTemplate jdbc;

	LabellingService(ArticleQueryService articles, LabelCorrectionService labels, JdbcTemplate jdbc) {
		this.articles = articles;
		this.labels = labels;
		this.jdbc = jdbc;
	}

	/**
	 * The next {@code size} articles for {@code user} to label, drawn from every unlabelled article: the least
	 * confident first, varied across the model's topics and without near-duplicate headlines (see
	 * {@link QueueSelection}); articles the model has not classified come after the classified ones. Every
	 * {@value #SHARED_EVERY}th slot is an article another person labelled and this user did not, so that agreement can
	 * be measured. The queue is empty only when no unlabelled article (besides {@code skipped}) remains.
	 *
	 * @param skipped articles the user passed over in this session, offered again only when nothing else is left
	 */
	public List<QueueItem> queue(String user, int size, Set<Long> skipped) {
		String version = articles.promotedVersion().orElse("");
		List<QueueItem> shared = sharedSample(user, Math.max(1, size / SHARED_EVERY), version);
		List<QueueItem> fresh = uncertain(size, version, skipped);
		if (fresh.isEmpty() && shared.isEmpty() && !skipped.isEmpty()) {
			fresh = uncertain(size, version, Set.of());
		}
		List<QueueItem> queue = new ArrayList<>();
		int next = 0;
		for (QueueItem item : fresh) {
			if ((queue.size() + 1) % SHARED_EVERY == 0 && next < shared.size()) {
				queue.add(shared.get(next++));
			}
			queue.add(item);
		}
		while (queue.size() < size && next < shared.size()) {
			queue.add(shared.get(next++));
		}
		return queue.size() > size ? queue.subList(0, size) : queue;
	}

	/** {@link #queue(String, int, Set)} with nothing skipped. */
	public List<QueueItem> queue(String user, int size) {
		return queue(user, size, Set.of());
	}

	/** Pages through the unlabelled articles, least confident first, until a varied batch is full. */
	private List<QueueItem> uncertain(int size, String version, Set<Long> skipped) {
		Map<Long, Candidate> byId = new LinkedHashMap<>();
		List<QueueSelection.Candidate> chosen = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		int page = size * POOL_FACTOR;
		for (int offset = 0; chosen.size() < size; offset += page) {
			List<Candidate> rows = unlabelled(version, offset, page);
			rows.stream().filter(c -> !skipped.contains(c.id())).forEach(c -> byId.put(c.id(), c));
			List<QueueSelection.Candidate> pool = rows.stream().filter(c -> !skipped.contains(c.id()))
				.map(c -> new QueueSelection.Candidate(c.id(), key(c.headline()), c.best(), c.confidence()))
				.toList();
			List<QueueSelection.Candidate> picked = QueueSelection.select(pool, size - chosen.size(), keys);
			picked.forEach(c -> keys.add(c.key()));
			chosen.addAll(picked);
			if (rows.size() < page) {
				break;
			}
		}
		return chosen.stream().map(c -> item(byId.get(c.id()))).toList();
	}

	/** An unlabelled article with the promoted model's classification (null fields when not classified). */
	private record Candidate(long id, String headline, String topic, double confidence, String best,
			List<QueueItem.TopicScore> scores) {
	}

	private List<Candidate> unlabelled(String version, int offset, int limit) {
		return jdbc.query("SELECT a.id, a.headline, a.body, c.topic, c.confidence, c.scores_json FROM article a "
				+ "LEFT JOIN classification c ON c.article_id = a.id AND c.model_version = ? "
				+ "WHERE NOT EXISTS (SELECT 1 FROM label l WHERE l.article_id = a.id) "
				+ "ORDER BY CASE WHEN c.confidence IS NULL THEN 1 ELSE 0 END, c.confidence, a.id "
				+ "OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY", (rs, i) -> {
					List<QueueItem.TopicScore> scores = scores(rs.getString(6));
					String headline = rs.getString(2);
					if (headline == null || headline.isBlank()) {
						String body = rs.getString(3) == null ? "" : rs.getString(3);
						headline = body.length() > 30 ? body.substring(0, 30) + "…" : body;
					}
					double confidence = rs.getDouble(5);
					return new Candidate(rs.getLong(1), headline, rs.getString(4), rs.wasNull() ? 0 : confidence,
							scores.isEmpty() ? null : scores.get(0).topic(), scores);
				}, version);
	}

	private QueueItem item(Candidate c) {
		return new QueueItem(c.id(), c.headline(), excerpt(c.id()), c.topic(), c.confidence(), false,
				c.scores().stream().limit(CANDIDATES).toList());
	}

	/** The topics of a scores JSON object, most probable first. */
	static List<QueueItem.TopicScore> scores(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			Map<String, Double> map = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() {
			});
			return map.entrySet().stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.map(e -> new QueueItem.TopicScore(e.getKey(), e.getValue()))
				.toList();
		}
		catch (java.io.IOException ex) {
			return List.of();
		}
	}

	/** Records {@code user}'s label for an article (accepting the suggestion is labelling it with that topic). */
	public void label(long articleId, Topic topic, String user) {
		labels.label(articleId, topic, user, "dashboard");
	}

	/** Agreement of every pair of labellers who labelled at least one article in common (latest label each). */
	public List<Agreement> agreement() {
		Map<Long, Map<String, String>> byArticle = new TreeMap<>();
		jdbc.query("SELECT article_id, labelled_by, topic FROM label ORDER BY labelled_at, id",
				rs -> {
					byArticle.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
				});
		Map<String, List<CohensKappa.Pair>> pairs = new TreeMap<>();
		for (Map<String, String> users : byArticle.values()) {
			List<String> names = users.keySet().stream().sorted().toList();
			for (int i = 0; i < names.size(); i++) {
				for (int j = i + 1; j < names.size(); j++) {
					pairs.computeIfAbsent(names.get(i) + "\u0000" + names.get(j), k -> new ArrayList<>())
						.add(new CohensKappa.Pair(users.get(names.get(i)), users.get(names.get(j))));
				}
			}
		}
		List<Agreement> result = new ArrayList<>();
		pairs.forEach((key, list) -> {
			String[] who = key.split("\u0000");
			double[] k = CohensKappa.of(list);
			result.add(new Agreement(who[0], who[1], list.size(), k[0], k[1]));
		});
		return result;
	}

	private List<QueueItem> sharedSample(String user, int size, String version) {
		return jdbc.query("SELECT a.id, a.headline, c.topic, c.confidence, c.scores_json FROM article a "
				+ "LEFT JOIN classification c ON c.article_id = a.id AND c.model_version = ? "
				+ "WHERE EXISTS (SELECT 1 FROM label l WHERE l.article_id = a.id AND l.labelled_by <> ? AND l.origin = 'dashboard') "
				+ "AND NOT EXISTS (SELECT 1 FROM label m WHERE m.article_id = a.id AND m.labelled_by = ?) "
				+ "ORDER BY a.id FETCH FIRST " + size + " ROWS ONLY",
				(rs, i) -> new QueueItem(rs.getLong(1), rs.getString(2), excerpt(rs.getLong(1)), rs.getString(3),
						rs.getDouble(4), true, scores(rs.getString(5)).stream().limit(CANDIDATES).toList()),
				version, user, user);
	}

	private String excerpt(long id) {
		String body = jdbc.queryForObject("SELECT body FROM article WHERE id = ?", String.class, id);
		return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
	}

	static String key(String headline) {
		String n = headline == null ? "" : Normalizer.normalize(headline, Normalizer.Form.NFKC).replaceAll("[\\s\\p{P}]", "");
		return n.length() > PREFIX ? n.substring(0, PREFIX) : n;
	}

}
