package com.lcnews.trends.shared.taxonomy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.lcnews.trends.shared.Actors;
import com.lcnews.trends.shared.NewsTrendsProperties;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.TopicCatalog;
import com.lcnews.trends.shared.taxonomy.TaxonomyException.Problem;
import com.lcnews.trends.shared.taxonomy.TopicChanged.Change;

/**
 * The topic taxonomy of the store (table {@code topic}, whose one owner this is): what every feature asks for topic
 * names and the topics a model may learn. The empty table is filled once from the bundled {@code topics.csv} (or
 * {@code newstrends.seeds-dir}'s); after that data scientists edit it: add, rename, re-describe, retire, reactivate.
 * Topics are never deleted. Every edit is checked ({@link TaxonomyException} says what is wrong, for people, also when
 * two people store the same code or name at once), records who made it and when, and publishes a {@link TopicChanged}
 * event.
 * <p>
 * {@link #current()} is cheap: the process keeps a copy, renewed at once after its own edits and at most
 * {@link #MAX_AGE} after another process's. Thread-safe.
 */
@Service
public class Taxonomy {

	/** How long a copy is trusted before the table is read again (edits made by another process). */
	public static final Duration MAX_AGE = Duration.ofSeconds(5);

	/** Who "made" the topics the table was filled with. */
	public static final String SEED = Actors.SEED;

	private static final DateTimeFormatter STALE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private record Snapshot(List<TopicRecord> records, TopicCatalog catalog, long loadedAt) {
	}

	private final TopicRows rows;

	private final TaxonomySeed seed;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Duration maxAge;

	private volatile Snapshot snapshot;

	@Autowired
	Taxonomy(JdbcClient jdbc, NewsTrendsProperties properties, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this(jdbc, properties, events, transactions, MAX_AGE);
	}

	Taxonomy(JdbcClient jdbc, NewsTrendsProperties properties, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Duration maxAge) {
		this.rows = new TopicRows(jdbc);
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.seed = new TaxonomySeed(rows, properties, events, this.transactions);
		this.maxAge = maxAge;
	}

	/** The current taxonomy, retired topics included, in its order. */
	public TopicCatalog current() {
		return snapshot().catalog();
	}

	/** Every topic with who created and last changed it, in taxonomy order. */
	public List<TopicRecord> records() {
		return snapshot().records();
	}

	/** One topic with its history columns. */
	public Optional<TopicRecord> find(String code) {
		return records().stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/**
	 * Adds an active topic at the end of the taxonomy.
	 * @throws TaxonomyException when the code or a name is malformed or taken, or a text too long
	 */
	public TopicRecord add(TopicEdit edit, String by) {
		return change(() -> {
			List<TopicRecord> all = rows.all();
			TopicRules.check(edit, all);
			TopicCatalog.Entry entry = entry(edit, true);
			Instant now = now();
			rows.insert(entry, by, now);
			events.publishEvent(new TopicChanged(Set.of(Change.ADDED), edit.code(), null, entry, by, now));
			return entry.topic().code();
		});
	}

	/**
	 * Checks an edit as {@link #add} ({@code code} null) or {@link #update} of topic {@code code} would, storing nothing:
	 * for a trial of a draft.
	 * @throws TaxonomyException naming the first problem found
	 */
	public void check(TopicEdit edit, String code) {
		List<TopicRecord> all = records();
		if (code == null) {
			TopicRules.check(edit, all);
		}
		else {
			TopicRules.check(withCode(code, edit), all.stream().filter(r -> !r.code().equals(code)).toList());
		}
	}

	/**
	 * Renames or re-describes a topic (its code stays); an edit that changes nothing stores nothing.
	 * @param revision the revision the edit started from
	 * @throws TaxonomyException when the topic is unknown, was changed meanwhile, or the edit is refused
	 */
	public TopicRecord update(String code, int revision, TopicEdit edit, String by) {
		return change(() -> {
			List<TopicRecord> all = rows.all();
			TopicRecord old = existing(all, code, revision);
			TopicEdit fixed = withCode(code, edit);
			TopicRules.check(fixed, all.stream().filter(r -> !r.code().equals(code)).toList());
			TopicCatalog.Entry after = entry(fixed, old.active());
			Set<Change> changes = EnumSet.noneOf(Change.class);
			if (!old.entry().nameZh().equals(after.nameZh()) || !old.entry().nameEn().equals(after.nameEn())) {
				changes.add(Change.RENAMED);
			}
			if (!old.entry().descriptionZh().equals(after.descriptionZh())
					|| !old.entry().description().equals(after.description())
					|| !old.entry().keywordsZh().equals(after.keywordsZh())) {
				changes.add(Change.DESCRIBED);
			}
			return store(old, after, changes, by);
		});
	}

	/**
	 * Retires a topic: it stays known (old labels, classifications and models name it) but is no longer offered for
	 * labels nor trained on. Retiring a retired topic changes nothing.
	 * @throws TaxonomyException when the topic is unknown, was changed meanwhile, or too few active topics would remain
	 */
	public TopicRecord retire(String code, int revision, String by) {
		return change(() -> {
			List<TopicRecord> all = rows.all();
			TopicRecord old = existing(all, code, revision);
			if (old.active() && all.stream().filter(TopicRecord::active).count() <= TopicRules.MIN_ACTIVE) {
				throw new TaxonomyException(Problem.TOO_FEW_ACTIVE, code, TopicRules.MIN_ACTIVE);
			}
			return store(old, withActive(old.entry(), false), old.active() ? Set.of(Change.RETIRED) : Set.of(), by);
		});
	}

	/** Makes a retired topic active again. */
	public TopicRecord reactivate(String code, int revision, String by) {
		return change(() -> {
			TopicRecord old = existing(rows.all(), code, revision);
			return store(old, withActive(old.entry(), true), old.active() ? Set.of() : Set.of(Change.REACTIVATED), by);
		});
	}

	/** Forgets the copy: the next call reads the table. */
	void forget() {
		snapshot = null;
	}

	private TopicRecord change(Supplier<String> edit) {
		// an edit of the empty table comes after the taxonomy file's topics, never instead of them
		snapshot();
		String code;
		try {
			code = transactions.execute(status -> edit.get());
		}
		catch (DataIntegrityViolationException race) {
			// another person stored the same code or name between this edit's checks and its write: checked again,
			// the edit is refused with its reason for people
			code = transactions.execute(status -> edit.get());
		}
		finally {
			forget();
		}
		return find(code).orElseThrow();
	}

	private String store(TopicRecord old, TopicCatalog.Entry after, Set<Change> changes, String by) {
		if (changes.isEmpty()) {
			return old.code();
		}
		Instant now = now();
		if (!rows.update(after, old.revision(), changes, by, now)) {
			throw stale(old);
		}
		events.publishEvent(new TopicChanged(changes, old.code(), old.entry(), after, by, now));
		return old.code();
	}

	private static TopicRecord existing(List<TopicRecord> all, String code, int revision) {
		TopicRecord old = all.stream().filter(r -> r.code().equals(code)).findFirst()
			.orElseThrow(() -> new TaxonomyException(Problem.UNKNOWN, code));
		if (old.revision() != revision) {
			throw stale(old);
		}
		return old;
	}

	private static TaxonomyException stale(TopicRecord now) {
		return new TaxonomyException(Problem.STALE, now.code(), now.changedBy(),
				STALE_TIME.format(now.changedAt().atZone(ZoneId.systemDefault())));
	}

	/** The edit of a stored topic: its code stays whatever the edit says. */
	private static TopicEdit withCode(String code, TopicEdit edit) {
		return new TopicEdit(code, edit.nameZh(), edit.nameEn(), edit.description(), edit.descriptionZh(),
				edit.keywordsZh());
	}

	private static TopicCatalog.Entry entry(TopicEdit edit, boolean active) {
		return new TopicCatalog.Entry(new Topic(edit.code()), edit.nameZh(), edit.nameEn(), active, edit.description(),
				edit.descriptionZh(), edit.keywordsZh());
	}

	private static TopicCatalog.Entry withActive(TopicCatalog.Entry e, boolean active) {
		return new TopicCatalog.Entry(e.topic(), e.nameZh(), e.nameEn(), active, e.description(), e.descriptionZh(),
				e.keywordsZh());
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	private Snapshot snapshot() {
		Snapshot s = snapshot;
		if (s == null || System.nanoTime() - s.loadedAt() > maxAge.toNanos()) {
			s = load();
		}
		return s;
	}

	private synchronized Snapshot load() {
		List<TopicRecord> all = rows.all();
		if (all.isEmpty()) {
			seed.fill();
			all = rows.all();
		}
		Snapshot s = new Snapshot(all, TopicCatalog.of(all.stream().map(TopicRecord::entry).toList()), System.nanoTime());
		snapshot = s;
		return s;
	}

}
