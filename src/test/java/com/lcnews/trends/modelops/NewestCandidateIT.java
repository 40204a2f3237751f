package com.lcnews.trends.modelops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;

/**
 * The change preview's default candidate: the newest model that is not promoted, also right after the newest was
 * promoted (then it is the one it replaced), never the promoted one itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class NewestCandidateIT {

	@Autowired
	ModelOpsService ops;

	@Autowired
	ModelRegistry registry;

	@Test
	void theNewestModelThatIsNotPromotedIsTheCandidate() {
		var models = ops.models();
		assertThat(models).as("the bundled models are registered").hasSizeGreaterThanOrEqualTo(2);
		String newest = models.get(0).version();
		String second = models.get(1).version();

		registry.promote(newest, "scientist", Instant.now());
		assertThat(ops.newestCandidate()).map(ModelMetadata::version).contains(second);

		registry.promote(second, "scientist", Instant.now().plusSeconds(1));
		assertThat(ops.newestCandidate()).map(ModelMetadata::version).contains(newest);
	}

}
