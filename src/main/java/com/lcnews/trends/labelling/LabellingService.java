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

import com.lcnews.trends.articles.ArticleFilter;
import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.articles.ArticleRow;
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

	private final ArticleQueryService articles;

	private final LabelCorrectionService labels;

	private final JdbcTemplate jdbc;

	LabellingService(ArticleQueryService articles, LabelCorrectionService labels, JdbcTemplate jdbc) {
		this.articles = articles;
		this.labels = labels;
		this.jdbc = jdbc;
	}

	/**
	 * The next {@code size} articles for {@code user} to label: unlabelled ones, least confident first, at most one per
	 * near-duplicate headline; every {@value #SHARED_EVERY}th slot is an article another person labelled and this user
	 * did not, so that agreement can be measured.
	 */
	public List<QueueItem> queue(String user, int size) {
		List<QueueItem> shared = sharedSample(user, Math.max(1, size / SHARED_EVERY));
		List<ArticleRow> candidates = articles.search(new ArticleFilter(null, null, null, null, null, null, false, null),
				ArticleQueryService.Sort.LEAST_CONFIDENT, 0, size * 5);
		List<QueueItem> queue = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int next = 0;
		for (ArticleRow r : candidates) {
			if (queue.size() >= size) {
				break;
			}
			if ((queue.size() + 1) % SHARED_EVERY == 0 && next < shared.size()) {
				queue.add(shared.get(next++));
			}
			if (r.confidence() != null && seen.add(key(r.headline()))) {
				queue.add(new QueueItem(r.id(), r.headline(), excerpt(r.id()), r.topic(), r.confidence(), false));
			}
		}
		while (queue.size() < size && next < shared.size()) {
			queue.add(shared.get(next++));
		}
		return queue.size() > size ? queue.subList(0, size) : queue;
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

	private List<QueueItem> sharedSample(String user, int size) {
		return jdbc.query("SELECT a.id, a.headline, c.topic, c.confidence FROM article a "
				+ "LEFT JOIN classification c ON c.article_id = a.id AND c.model_version = ? "
				+ "WHERE EXISTS (SELECT 1 FROM label l WHERE l.article_id = a.id AND l.labelled_by <> ? AND l.origin = 'dashboard') "
				+ "AND NOT EXISTS (SELECT 1 FROM label m WHERE m.article_id = a.id AND m.labelled_by = ?) "
				+ "ORDER BY a.id FETCH FIRST " + size + " ROWS ONLY",
				(rs, i) -> new QueueItem(rs.getLong(1), rs.getString(2), excerpt(rs.getLong(1)), rs.getString(3),
						rs.getDouble(4), true),
				articles.promotedVersion().orElse(""), user, user);
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
