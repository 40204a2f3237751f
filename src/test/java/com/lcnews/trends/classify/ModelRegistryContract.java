package com.lcnews.trends.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The model registry against a real database; run by {@link ModelRegistryH2IT} and {@link ModelRegistryPostgresIT}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class ModelRegistryContract {

	private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	ModelRegistry models;

	public static ModelMetadata metadata(String version, Instant created) {
		return new ModelMetadata(version, created, version + ".model", List.of("education", "notice"), null, null,
				Map.of(), "words", "tf-idf", "nbm", "", 42, 1, 0.5, Map.of(), null, null, null);
	}

	@Test
	void registersAModelOnceAndFindsItAgainWithItsMetadata() {
		assertThat(models.register(metadata("contract-a", CREATED), "contract-a.json")).isTrue();
		assertThat(models.register(metadata("contract-a", CREATED), "elsewhere.json")).isFalse();

		var found = models.find("contract-a").orElseThrow();
		assertThat(found.artifact()).isEqualTo("contract-a.json");
		assertThat(found.metadata().topics()).containsExactly("education", "notice");
		assertThat(found.metadata().createdAt()).isEqualTo(CREATED);
		assertThat(found.createdAt()).isEqualTo(CREATED);
		assertThat(models.list()).extracting(ModelRegistry.RegisteredModel::version).contains("contract-a");
	}

	@Test
	void theLatestPromotionNamesThePromotedModelAndHistoryIsKept() {
		models.register(metadata("contract-b", CREATED), "contract-b.json");
		models.register(metadata("contract-c", CREATED.plusSeconds(60)), "contract-c.json");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		models.promote("contract-b", "scientist", now);
		models.promote("contract-c", "scientist", now.plusSeconds(1));

		assertThat(models.promotedVersion()).contains("contract-c");
		assertThat(models.promotions()).extracting(ModelRegistry.Promotion::version)
			.containsSubsequence("contract-b", "contract-c");
	}

	@Test
	void promotingAnUnregisteredModelIsRefused() {
		assertThatThrownBy(() -> models.promote("never-registered", "scientist", Instant.now()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("never-registered");
		assertThat(models.promotions()).extracting(ModelRegistry.Promotion::version).doesNotContain("never-registered");
	}

}
