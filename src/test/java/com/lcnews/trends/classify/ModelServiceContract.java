package com.lcnews.trends.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The model registry against a real database; run by {@link ModelServiceH2IT} and {@link ModelServicePostgresIT}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ModelServiceContract {

	private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	ModelService models;

	@Test
	void registersAModelOnceAndFindsItAgain() {
		assertThat(models.register("contract-a", CREATED, "models/contract-a.model", "{\"version\":\"contract-a\"}")).isTrue();
		assertThat(models.register("contract-a", CREATED, "elsewhere", "{}")).isFalse();

		var found = models.find("contract-a").orElseThrow();
		assertThat(found.artifactPath()).isEqualTo("models/contract-a.model");
		assertThat(found.metadataJson()).contains("contract-a");
		assertThat(found.createdAt()).isEqualTo(CREATED);
		assertThat(models.list()).extracting(ModelService.RegisteredModel::version).contains("contract-a");
	}

	@Test
	void theLatestPromotionNamesThePromotedModelAndHistoryIsKept() {
		models.register("contract-b", CREATED, null, "{}");
		models.register("contract-c", CREATED.plusSeconds(60), null, "{}");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		models.promote("contract-b", "scientist", now);
		models.promote("contract-c", "scientist", now.plusSeconds(1));

		assertThat(models.promotedVersion()).contains("contract-c");
		assertThat(models.promotions()).extracting(ModelService.Promotion::version)
			.containsSubsequence("contract-b", "contract-c");
	}

	@Test
	void promotingAnUnregisteredModelIsRefused() {
		assertThatThrownBy(() -> models.promote("never-registered", "scientist", Instant.now()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("never-registered");
		assertThat(models.promotions()).extracting(ModelService.Promotion::version).doesNotContain("never-registered");
	}

}
