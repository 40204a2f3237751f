package com.lcnews.trends.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

import com.lcnews.trends.batch.ConcurrentLabelException;
import com.lcnews.trends.batch.LabelCorrectionService;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.ingest.IngestService;
import com.lcnews.trends.ingest.NamedInput;
import com.lcnews.trends.ingest.PageMetadata;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.testing.ArticleFixtures;

/**
 * What the features write into the audit log (corrections, promotions, imports) and how administrators filter it;
 * corrections from a stale view are refused. Run for H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AuditTrailContract {

	@Autowired
	AuditLog audit;

	@Autowired
	LabelCorrectionService corrections;

	@Autowired
	ModelRegistry models;

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcTemplate jdbc;

	long article;

	@BeforeEach
	void freshStore() {
		JdbcTestUtils.deleteFromTables(jdbc, "audit_event", "label", "classification", "article", "import_issue",
				"import_run", "model_promotion", "model");
		article = new ArticleFixtures(jdbc).article("标题", "学校教育学生", LocalDate.of(2021, 3, 3), DatePrecision.DAY,
				"371502");
	}

	@Test
	void aCorrectionIsRecordedWithWhoAndFromWhatToWhatButASeedLabelIsNot() {
		corrections.label(article, new Topic("education"), "seed", "seed");
		corrections.correct(article, new Topic("safety"), "editor", corrections.labelVersion(article));

		assertThat(entries(AuditAction.CORRECTION)).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("editor");
			assertThat(e.target()).isEqualTo("article:" + article);
			assertThat(e.details()).containsEntry("from", "education").containsEntry("to", "safety")
				.containsEntry("origin", "dashboard");
		});
	}

	@Test
	void theSecondOfTwoPeopleCorrectingOneArticleIsToldAndNothingOfHisIsStored() {
		long bothSaw = corrections.labelVersion(article);
		corrections.correct(article, new Topic("safety"), "first", bothSaw);

		assertThatThrownBy(() -> corrections.correct(article, new Topic("economy"), "second", bothSaw))
			.isInstanceOf(ConcurrentLabelException.class)
			.satisfies(ex -> {
				ConcurrentLabelException newer = (ConcurrentLabelException) ex;
				assertThat(newer.by()).isEqualTo("first");
				assertThat(newer.topic()).isEqualTo("safety");
			});
		assertThat(jdbc.queryForList("SELECT labelled_by FROM label WHERE article_id = ?", String.class, article))
			.containsExactly("first");
		assertThat(entries(AuditAction.CORRECTION)).extracting(AuditEntry::actor).containsExactly("first");

		corrections.correct(article, new Topic("economy"), "second", corrections.labelVersion(article));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM label WHERE article_id = ?", Long.class, article))
			.as("after looking again, the second may correct").isEqualTo(2);
	}

	@Test
	void aPromotionIsRecordedWithThePreviousModel() {
		models.register(com.lcnews.trends.classify.ModelRegistryContract.metadata("m1", Instant.parse("2026-01-01T00:00:00Z")), "m1.json");
		models.register(com.lcnews.trends.classify.ModelRegistryContract.metadata("m2", Instant.parse("2026-02-01T00:00:00Z")), "m2.json");
		models.promote("m1", "scientist", Instant.now());
		models.promote("m2", "scientist", Instant.now());

		assertThat(entries(AuditAction.PROMOTION)).extracting(AuditEntry::target, e -> e.details().get("previous"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("model:m2", "m1"),
					org.assertj.core.groups.Tuple.tuple("model:m1", ""));
	}

	@Autowired
	com.lcnews.trends.api.ApiTokenService tokens;

	@Test
	void anApiTokenIssuedAndRevokedIsRecordedWithItsClientNeverItsSecret() {
		var issued = tokens.issue("cms-audit", com.lcnews.trends.shared.security.Roles.EDITOR, "admin");
		tokens.revoke(issued.client().id(), "admin");
		tokens.revoke(issued.client().id(), "admin");

		String target = "api-token:" + issued.client().id();
		assertThat(entries(AuditAction.API_TOKEN_ISSUED)).filteredOn(e -> e.target().equals(target)).singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).isEqualTo("admin");
				assertThat(e.details()).containsEntry("client", "cms-audit").doesNotContainValue(issued.token());
			});
		assertThat(entries(AuditAction.API_TOKEN_REVOKED)).filteredOn(e -> e.target().equals(target))
			.as("a second revocation changes nothing and records nothing").hasSize(1);
	}

	@Test
	void anImportIsRecordedWithItsCounts() {
		String page = "冠县清泉街道开展防溺水安全教育\n\n本报冠县6月12日讯 近日，冠县清泉街道组织辖区中小学开展防溺水安全教育。\n";
		ingest.importPages(List.of(new NamedInput("p1.txt", page.getBytes(StandardCharsets.UTF_8)),
				new NamedInput("empty.txt", new byte[0])), PageMetadata.NONE, "admin");

		assertThat(entries(AuditAction.IMPORT)).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("admin");
			assertThat(e.target()).startsWith("import:");
			assertThat(e.details()).containsEntry("files", "2").containsEntry("new", "1").containsEntry("failed", "1");
		});
	}

	@Test
	void administratorsFilterByActionActorDaysAndText() {
		audit.record(AuditAction.ACCOUNT_CREATED, "chief", "account:ed", Map.of("role", "EDITOR"));
		audit.record(AuditAction.CORRECTION, "ed", "article:7", Map.of("to", "safety"));
		audit.record(AuditAction.CORRECTION, null, "article:8", Map.of("to", "50%_off"));

		assertThat(audit.count(AuditQuery.all())).isEqualTo(3);
		assertThat(audit.find(AuditQuery.all(), 0, 10)).extracting(AuditEntry::target).as("newest first")
			.containsExactly("article:8", "article:7", "account:ed");
		assertThat(audit.find(AuditQuery.all(), 1, 1)).extracting(AuditEntry::target).containsExactly("article:7");
		assertThat(audit.count(new AuditQuery(Set.of(AuditAction.CORRECTION), null, null, null, null))).isEqualTo(2);
		assertThat(audit.count(new AuditQuery(Set.of(), "ed", null, null, null))).isEqualTo(1);
		assertThat(audit.find(new AuditQuery(Set.of(), AuditLog.SYSTEM, null, null, null), 0, 10))
			.extracting(AuditEntry::target).containsExactly("article:8");
		assertThat(audit.count(new AuditQuery(Set.of(), null, null, null, "SAFETY"))).isEqualTo(1);
		assertThat(audit.count(new AuditQuery(Set.of(), null, null, null, "%"))).as("wildcards are text").isEqualTo(1);
		LocalDate today = LocalDate.now();
		assertThat(audit.count(new AuditQuery(Set.of(), null, today, today, null))).isEqualTo(3);
		assertThat(audit.count(new AuditQuery(Set.of(), null, today.plusDays(1), null, null))).isZero();
		assertThat(audit.count(new AuditQuery(Set.of(), null, null, today.minusDays(1), null))).isZero();
		assertThat(audit.actors()).containsExactly("chief", "ed", AuditLog.SYSTEM);
	}

	private List<AuditEntry> entries(AuditAction action) {
		return audit.find(new AuditQuery(Set.of(action), null, null, null, null), 0, 100);
	}

}
