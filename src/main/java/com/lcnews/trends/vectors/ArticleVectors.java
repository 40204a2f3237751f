package com.lcnews.trends.vectors;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.lcnews.trends.classify.VectorCodec;
import com.lcnews.trends.shared.Article;

/**
 * The stored sentence vectors ({@code article_vector}) and near-duplicate copies ({@code article_copy}): the only class
 * that reads or writes those tables. Vectors are kept in {@link VectorCodec}'s compact form and handed out decoded.
 * Plain class over a {@link JdbcTemplate}; thread-safe.
 */
public class ArticleVectors {

	/**
	 * An article's id with its classification text, and whether any model has classified it yet (only articles nobody
	 * has counted may be marked as copies, so that the rollups never count an article once and then not).
	 */
	public record ArticleText(long id, String text, boolean classified) {
	}

	/** A stored vector. */
	public record Stored(long articleId, float[] vector) {
	}

	/** A near-duplicate copy of an earlier article. */
	public record Copy(long articleId, long originalId, double similarity) {
	}

	private static final String INSERT_COPY = "INSERT INTO article_copy (article_id, original_id, encoder, similarity, "
			+ "found_at) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM article_copy WHERE article_id = ?)";

	/** The most ids one {@code IN} list holds. */
	private static final int IN_LIST = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public ArticleVectors(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
	}

	/**
	 * The next articles (by id, after {@code afterId}) that have no vector of {@code encoder}, with their
	 * classification text.
	 */
	public List<ArticleText> missing(String encoder, long afterId, int limit) {
		return jdbc.query("SELECT a.id, a.headline, a.subheadline, a.body, "
				+ "CASE WHEN EXISTS (SELECT 1 FROM classification c WHERE c.article_id = a.id) THEN 1 ELSE 0 END "
				+ "FROM article a WHERE a.id > ? AND NOT EXISTS "
				+ "(SELECT 1 FROM article_vector v WHERE v.article_id = a.id AND v.encoder = ?) ORDER BY a.id "
				+ "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
				(rs, n) -> new ArticleText(rs.getLong(1),
						Article.classificationText(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getInt(5) == 1),
				afterId, encoder);
	}

	/** An article's classification text. */
	public Optional<String> text(long articleId) {
		return jdbc.query("SELECT headline, subheadline, body FROM article WHERE id = ?",
				(rs, n) -> Article.classificationText(rs.getString(1), rs.getString(2), rs.getString(3)), articleId)
			.stream()
			.findFirst();
	}

	/** How many articles have no vector of {@code encoder}. */
	public long countMissing(String encoder) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM article a WHERE NOT EXISTS "
				+ "(SELECT 1 FROM article_vector v WHERE v.article_id = a.id AND v.encoder = ?)", Long.class, encoder);
		return n == null ? 0 : n;
	}

	/** How many vectors of {@code encoder} are stored. */
	public long count(String encoder) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM article_vector WHERE encoder = ?", Long.class, encoder);
		return n == null ? 0 : n;
	}

	/**
	 * Stores vectors of one encoder in one statement batch; a vector already stored for an article is left as it is
	 * (a rerun after a crash stores nothing twice).
	 */
	public void store(String encoder, List<Stored> vectors) {
		store(encoder, vectors, List.of());
	}

	/**
	 * Stores vectors of one encoder and the copies found among their articles in one transaction: all of them or,
	 * should the process die or the database fail midway, none (a rerun then finds the same copies again). A vector or
	 * copy already stored for an article is left as it is.
	 */
	public void store(String encoder, List<Stored> vectors, List<Copy> copies) {
		if (vectors.isEmpty() && copies.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(vectors.size());
		for (Stored v : vectors) {
			rows.add(new Object[] { v.articleId(), encoder, VectorCodec.encode(v.vector()), now, v.articleId(), encoder });
		}
		List<Object[]> copyRows = new ArrayList<>(copies.size());
		for (Copy c : copies) {
			copyRows.add(new Object[] { c.articleId(), c.originalId(), encoder, c.similarity(), now, c.articleId() });
		}
		transactions.executeWithoutResult(status -> {
			if (!rows.isEmpty()) {
				jdbc.batchUpdate("INSERT INTO article_vector (article_id, encoder, vector, embedded_at) SELECT ?, ?, ?, ? "
						+ "WHERE NOT EXISTS (SELECT 1 FROM article_vector WHERE article_id = ? AND encoder = ?)", rows);
			}
			if (!copyRows.isEmpty()) {
				jdbc.batchUpdate(INSERT_COPY, copyRows);
			}
		});
	}

	/** The stored vectors of these articles for {@code encoder} (articles without one are absent from the map). */
	public Map<Long, float[]> vectors(String encoder, Collection<Long> articleIds) {
		Map<Long, float[]> found = new HashMap<>();
		byIds("SELECT article_id, vector FROM article_vector WHERE encoder = ? AND article_id", List.of(encoder),
				articleIds, rs -> found.put(rs.getLong(1), VectorCodec.decode(rs.getBytes(2))));
		return found;
	}

	/** The encoders one article has a vector of, with its dimensions (read by primary key, no scan). */
	public Map<String, Integer> encodersOf(long articleId) {
		Map<String, Integer> found = new java.util.TreeMap<>();
		jdbc.query("SELECT encoder, vector FROM article_vector WHERE article_id = ?", rs -> {
			found.put(rs.getString(1), VectorCodec.decode(rs.getBytes(2)).length);
		}, articleId);
		return found;
	}

	/** One article's stored vector for {@code encoder}. */
	public Optional<float[]> vector(String encoder, long articleId) {
		return Optional.ofNullable(vectors(encoder, List.of(articleId)).get(articleId));
	}

	/** Every stored vector of {@code encoder}, in article order, handed to {@code sink} one by one (constant memory). */
	public void forEach(String encoder, Consumer<Stored> sink) {
		jdbc.query(con -> {
			var ps = con.prepareStatement("SELECT article_id, vector FROM article_vector WHERE encoder = ? ORDER BY article_id");
			ps.setString(1, encoder);
			ps.setFetchSize(2000);
			return ps;
		}, rs -> {
			sink.accept(new Stored(rs.getLong(1), VectorCodec.decode(rs.getBytes(2))));
		});
	}

	/** The encoders of which vectors are stored, with how many each. */
	public Map<String, Long> encoders() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.query("SELECT encoder, COUNT(*) FROM article_vector GROUP BY encoder",
				rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				});
		return counts;
	}

	/** Records that an article copies an earlier one (once; a second finding for the same article is ignored). */
	public void markCopy(String encoder, Copy copy) {
		jdbc.update(INSERT_COPY, copy.articleId(), copy.originalId(), encoder, copy.similarity(),
				Timestamp.from(Instant.now()), copy.articleId());
	}

	/** Which of these articles are copies. */
	public Set<Long> copiesAmong(Collection<Long> articleIds) {
		Set<Long> copies = new HashSet<>();
		byIds("SELECT article_id FROM article_copy WHERE article_id", List.of(), articleIds,
				rs -> copies.add(rs.getLong(1)));
		return copies;
	}

	/**
	 * Runs {@code select} (ending in the article id column it restricts) for the given articles and hands each row of
	 * one of them to {@code row}. Ids that lie close together (a page of the classification job, a chunk of the
	 * embedding step) are read as one id range and the rows of other articles dropped: a long {@code IN} list costs
	 * H2 a comparison of every row with every list element, and a parse of the whole list. Scattered ids are read in
	 * {@code IN} lists of {@value #IN_LIST} at most.
	 */
	private void byIds(String select, List<Object> leading, Collection<Long> articleIds, RowCallbackHandler row) {
		if (articleIds.isEmpty()) {
			return;
		}
		Set<Long> wanted = new HashSet<>(articleIds);
		long min = Collections.min(wanted);
		long max = Collections.max(wanted);
		if (max - min < 2L * wanted.size() + 64) {
			List<Object> args = new ArrayList<>(leading);
			args.add(min);
			args.add(max);
			jdbc.query(select + " BETWEEN ? AND ?", rs -> {
				if (wanted.contains(rs.getLong(1))) {
					row.processRow(rs);
				}
			}, args.toArray());
			return;
		}
		List<Long> ids = List.copyOf(wanted);
		for (int from = 0; from < ids.size(); from += IN_LIST) {
			List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
			List<Object> args = new ArrayList<>(leading);
			args.addAll(part);
			jdbc.query(select + " IN (" + String.join(",", Collections.nCopies(part.size(), "?")) + ")", row,
					args.toArray());
		}
	}

	/** The original an article copies, if it is a copy. */
	public Optional<Copy> copyOf(long articleId) {
		return jdbc.query("SELECT article_id, original_id, similarity FROM article_copy WHERE article_id = ?",
				(rs, n) -> new Copy(rs.getLong(1), rs.getLong(2), rs.getDouble(3)), articleId).stream().findFirst();
	}

	/** The copies of an article. */
	public List<Copy> copiesOf(long originalId) {
		return jdbc.query("SELECT article_id, original_id, similarity FROM article_copy WHERE original_id = ? ORDER BY article_id",
				(rs, n) -> new Copy(rs.getLong(1), rs.getLong(2), rs.getDouble(3)), originalId);
	}

}
