package com.lcnews.trends.shared.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.lcnews.trends.shared.NewsTrendsProperties;
import com.lcnews.trends.shared.SeedFolder;
import com.lcnews.trends.shared.TopicCatalog;
import com.lcnews.trends.shared.taxonomy.TaxonomyException.Problem;
import com.lcnews.trends.shared.taxonomy.TopicChanged.Change;

/**
 * The taxonomy in the store (table {@code topic}) on every supported database: filled once from the taxonomy file,
 * edits checked with messages for people, recorded with who and when, announced, and visible without a restart. Run by
 * {@link TaxonomyH2IT} and {@link TaxonomyPostgresIT}. Tests use codes of their own, so their order does not matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RecordApplicationEvents
abstract class TaxonomyContract {

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NewsTrendsProperties properties;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEvents events;

	@TempDir
	Path dir;

	static TopicEdit flood(String code) {
		return TopicEdit.of(code, "防汛抗旱·" + code, "Flood control " + code, "Flood and drought prevention",
				"防汛抗旱工作：汛期巡堤查险、水库安全度汛、抗旱浇灌", "防汛；巡堤、抗旱,度汛");
	}

	private Taxonomy another(Duration maxAge, Path seedsDir) {
		return new Taxonomy(jdbc, new NewsTrendsProperties(properties.home(), seedsDir), publisher, transactions, maxAge);
	}

	@Test
	void theEmptyTableIsFilledOnceFromTheBundledTaxonomy() throws Exception {
		TopicCatalog bundled;
		try (Reader reader = SeedFolder.bundledTopics()) {
			bundled = TopicCatalog.parse(reader, "bundled");
		}
		TopicCatalog stored = taxonomy.current();
		for (TopicCatalog.Entry entry : bundled.all()) {
			assertThat(stored.find(entry.topic().code())).as(entry.topic().code()).contains(entry);
		}
		assertThat(taxonomy.find("poverty").orElseThrow().createdBy()).isEqualTo(Taxonomy.SEED);
		assertThat(taxonomy.find("poverty").orElseThrow().entry().nameZh()).isEqualTo("脱贫攻坚");

		taxonomy.add(flood("seeded_once"), "scientist");
		Taxonomy restarted = another(Duration.ZERO, null);
		assertThat(restarted.current().find("seeded_once")).as("a later start keeps the edits").isPresent();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM topic WHERE code = 'poverty'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anAddedTopicIsStoredWithWhoAndWhenAndAnnounced() {
		TopicRecord added = taxonomy.add(flood("flood_add"), "scientist");

		assertThat(added.entry().nameZh()).isEqualTo("防汛抗旱·flood_add");
		assertThat(added.entry().keywordsZh()).containsExactly("防汛", "巡堤", "抗旱", "度汛");
		assertThat(added.active()).isTrue();
		assertThat(added.createdBy()).isEqualTo("scientist");
		assertThat(added.changedBy()).isEqualTo("scientist");
		assertThat(added.lastChange()).containsExactly(Change.ADDED);
		assertThat(taxonomy.current().all().get(taxonomy.current().all().size() - 1).topic().code()).isEqualTo("flood_add");
		assertThat(events.stream(TopicChanged.class).filter(e -> e.code().equals("flood_add")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.changes()).containsExactly(Change.ADDED);
				assertThat(e.before()).isNull();
				assertThat(e.by()).isEqualTo("scientist");
			});
	}

	@Test
	void renamingAndRedescribingShowAtOnceAndRecordWhatChanged() {
		TopicRecord added = taxonomy.add(flood("flood_edit"), "scientist");
		TopicEdit renamed = TopicEdit.of("ignored", "防汛救灾", "Flood relief", added.entry().description(),
				"防汛救灾：洪涝灾害的抢险救援和灾后重建", "防汛;救灾");

		TopicRecord changed = taxonomy.update("flood_edit", added.revision(), renamed, "admin");

		assertThat(taxonomy.current().displayName("flood_edit", java.util.Locale.CHINA)).isEqualTo("防汛救灾");
		assertThat(changed.code()).as("the code stays").isEqualTo("flood_edit");
		assertThat(changed.revision()).isEqualTo(added.revision() + 1);
		assertThat(changed.changedBy()).isEqualTo("admin");
		assertThat(changed.createdBy()).isEqualTo("scientist");
		assertThat(changed.lastChange()).containsExactlyInAnyOrder(Change.RENAMED, Change.DESCRIBED);
		assertThat(taxonomy.current().find("flood_edit").orElseThrow().zeroShotTexts())
			.containsExactly("防汛救灾：防汛救灾：洪涝灾害的抢险救援和灾后重建", "防汛、救灾");
		TopicChanged event = events.stream(TopicChanged.class)
			.filter(e -> e.code().equals("flood_edit") && !e.changes().contains(Change.ADDED))
			.findFirst()
			.orElseThrow();
		assertThat(event.before().nameZh()).isEqualTo("防汛抗旱·flood_edit");
		assertThat(event.after().nameZh()).isEqualTo("防汛救灾");

		TopicRecord same = taxonomy.update("flood_edit", changed.revision(), TopicEdit.of(changed.entry()), "admin");
		assertThat(same.revision()).as("an edit that changes nothing stores nothing").isEqualTo(changed.revision());
	}

	@Test
	void aRetiredTopicStaysKnownButIsNotActive() {
		TopicRecord added = taxonomy.add(flood("flood_old"), "scientist");

		TopicRecord retired = taxonomy.retire("flood_old", added.revision(), "scientist");

		assertThat(retired.active()).isFalse();
		assertThat(retired.lastChange()).containsExactly(Change.RETIRED);
		assertThat(taxonomy.current().find("flood_old")).isPresent();
		assertThat(taxonomy.current().displayName("flood_old", java.util.Locale.CHINA)).isEqualTo("防汛抗旱·flood_old");
		assertThat(taxonomy.current().activeTopics()).extracting(t -> t.code()).doesNotContain("flood_old");
		TopicRecord back = taxonomy.reactivate("flood_old", retired.revision(), "admin");
		assertThat(back.active()).isTrue();
		assertThat(back.lastChange()).containsExactly(Change.REACTIVATED);
	}

	@Test
	void editsAreRefusedWithTheProblemAndTheField() {
		taxonomy.add(flood("flood_dup"), "scientist");
		assertRefused(() -> taxonomy.add(flood("Flood-Dup"), "x"), Problem.CODE_FORMAT, "code");
		assertRefused(() -> taxonomy.add(flood("flood_dup"), "x"), Problem.CODE_TAKEN, "code");
		assertRefused(() -> taxonomy.add(TopicEdit.of("flood_x", " ", "Floods", "", "", ""), "x"), Problem.NAME_ZH_EMPTY,
				"nameZh");
		assertRefused(() -> taxonomy.add(TopicEdit.of("flood_x", "洪水", "", "", "", ""), "x"), Problem.NAME_EN_EMPTY,
				"nameEn");
		assertRefused(() -> taxonomy.add(TopicEdit.of("flood_x", "教育", "Floods", "", "", ""), "x"), Problem.NAME_ZH_TAKEN,
				"nameZh");
		assertRefused(() -> taxonomy.add(TopicEdit.of("flood_x", "洪水", "ＥＤＵＣＡＴＩＯＮ", "", "", ""), "x"),
				Problem.NAME_EN_TAKEN, "nameEn");
		assertRefused(() -> taxonomy.add(TopicEdit.of("flood_x", "洪水", "Floods", "", "汛".repeat(501), ""), "x"),
				Problem.DESCRIPTION_ZH_TOO_LONG, "descriptionZh");
		assertThat(taxonomy.current().find("flood_x")).as("nothing refused is stored").isEmpty();
	}

	@Test
	void aDraftIsCheckedAsItsSaveWouldBeAndNothingIsStored() {
		TopicRecord stored = taxonomy.add(flood("flood_draft"), "scientist");
		assertRefused(() -> taxonomy.check(flood("flood_draft"), null), Problem.CODE_TAKEN, "code");
		assertRefused(() -> taxonomy.check(TopicEdit.of("flood_new", "教育", "New floods", "", "", ""), null),
				Problem.NAME_ZH_TAKEN, "nameZh");
		// an edit of the topic itself may keep its names; its code stays whatever the draft says
		taxonomy.check(TopicEdit.of("other_code", stored.entry().nameZh(), stored.entry().nameEn(), "", "改写", ""),
				"flood_draft");
		assertRefused(() -> taxonomy.check(TopicEdit.of("flood_draft", "教育", "Floods", "", "", ""), "flood_draft"),
				Problem.NAME_ZH_TAKEN, "nameZh");
		taxonomy.check(TopicEdit.of("flood_unsaved", "未保存", "Unsaved", "", "", ""), null);
		assertThat(taxonomy.find("flood_unsaved")).as("a draft is not stored").isEmpty();
		assertThat(taxonomy.find("flood_draft").orElseThrow()).isEqualTo(stored);
	}

	@Test
	void aStaleEditIsRefusedSoNobodySavesOverAnother() {
		TopicRecord added = taxonomy.add(flood("flood_race"), "scientist");
		taxonomy.update("flood_race", added.revision(), TopicEdit.of("flood_race", "汛情", "Flood news", "", "", ""), "a");

		assertRefused(() -> taxonomy.update("flood_race", added.revision(),
				TopicEdit.of("flood_race", "汛期", "Flood season", "", "", ""), "b"), Problem.STALE, "code");
		assertThat(taxonomy.current().find("flood_race").orElseThrow().nameZh()).isEqualTo("汛情");
		assertRefused(() -> taxonomy.update("no_such_topic", 0, flood("no_such_topic"), "b"), Problem.UNKNOWN, "code");
	}

	@Test
	void twoPeopleAddingOneCodeAtOnceGetTheTopicAndARefusalNotAnError() throws Exception {
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService people = Executors.newFixedThreadPool(2);
		try {
			// the first person's transaction has stored the topic but not committed yet
			Future<?> first = people.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
				jdbc.sql("INSERT INTO topic (code, sort_order, name_zh, name_en, status, description, description_zh, "
						+ "keywords_zh, revision, created_by, created_at, changed_by, changed_at, last_change) VALUES "
						+ "('flood_twice', 900, '汛期同时', 'Flood twice', 'active', '', '', '', 0, 'a', ?, 'a', ?, 'added')")
					.params(java.sql.Timestamp.from(java.time.Instant.now()), java.sql.Timestamp.from(java.time.Instant.now()))
					.update();
				inserted.countDown();
				await(release);
			}));
			assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
			// the second finds the code free (uncommitted rows are not seen) and waits on the first one's key
			Future<TopicRecord> second = people.submit(() -> taxonomy.add(flood("flood_twice"), "b"));
			Thread.sleep(300);
			release.countDown();
			first.get(30, TimeUnit.SECONDS);
			assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.cause()
				.isInstanceOfSatisfying(TaxonomyException.class,
						ex -> assertThat(ex.problem()).isEqualTo(Problem.CODE_TAKEN));
		}
		finally {
			release.countDown();
			people.shutdownNow();
		}
		assertThat(taxonomy.find("flood_twice").orElseThrow().createdBy()).isEqualTo("a");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void anotherProcessSeesAnEditWithinItsMaximumAge() throws Exception {
		Taxonomy other = another(Duration.ofMillis(300), null);
		assertThat(other.current().find("flood_seen")).isEmpty();

		taxonomy.add(flood("flood_seen"), "scientist");

		assertThat(taxonomy.current().find("flood_seen")).as("the editing process at once").isPresent();
		assertThat(other.current().find("flood_seen")).as("another process keeps its copy a moment").isEmpty();
		Thread.sleep(400);
		assertThat(other.current().find("flood_seen")).as("and then reads the table again").isPresent();
	}

	@Test
	void aSeedFolderFillsTheEmptyTableAndAtLeastTwoTopicsStayActive() throws Exception {
		Path topics = dir.resolve("topics.csv");
		Files.writeString(topics, """
				code,name_zh,name_en,status,description,description_zh,keywords_zh
				rain,降雨,Rain,active,Rain,降雨和天气,降雨;暴雨
				heat,高温,Heat,active,Heat,高温天气,高温
				snow,降雪,Snow,retired,Snow,降雪,降雪
				""");
		jdbc.sql("DELETE FROM topic").update();
		try {
			Taxonomy fromFolder = another(Duration.ZERO, dir);
			assertThat(fromFolder.current().all()).extracting(e -> e.topic().code()).containsExactly("rain", "heat", "snow");
			assertThat(fromFolder.current().activeTopics()).extracting(t -> t.code()).containsExactly("rain", "heat");
			TopicRecord rain = fromFolder.find("rain").orElseThrow();
			assertRefused(() -> fromFolder.retire("rain", rain.revision(), "x"), Problem.TOO_FEW_ACTIVE, "code");
		}
		finally {
			jdbc.sql("DELETE FROM topic").update();
			taxonomy.forget();
		}
		assertThat(taxonomy.current().find("poverty")).as("refilled from the bundled file").isPresent();
	}

	private static void assertRefused(Runnable edit, Problem problem, String field) {
		assertThatThrownBy(edit::run).isInstanceOfSatisfying(TaxonomyException.class, ex -> {
			assertThat(ex.problem()).isEqualTo(problem);
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo("topics.error." + problem.name().toLowerCase(java.util.Locale.ROOT));
		});
	}

}
