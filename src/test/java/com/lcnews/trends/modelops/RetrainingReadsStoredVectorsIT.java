package com.lcnews.trends.modelops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.KnownVectors;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.training.RetrainingService;
import com.lcnews.trends.shared.taxonomy.Taxonomy;
import com.lcnews.trends.vectors.ArticleVectors;
import com.lcnews.trends.vectors.EmbeddingService;

/**
 * Retraining from the dashboard reads the vectors stored beside the labelled articles instead of running the sentence
 * model again: for the spec the store holds, every labelled text's vector comes from the store (the first start loads
 * the seed pages and labels and embeds them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "newstrends.bootstrap.enabled=true")
@DirtiesContext
class RetrainingReadsStoredVectorsIT {

	@Autowired
	ModelOpsService ops;

	@Autowired
	RetrainingService retraining;

	@Autowired
	EmbeddingService embedding;

	@Autowired
	ArticleVectors vectors;

	@Autowired
	ArticleQueryService articles;

	@Autowired
	PromotedModel promoted;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void labelledArticlesVectorsComeFromTheStore() throws Exception {
		EncoderSpec spec = promoted.classifier().encoder().orElseThrow();
		embedding.embedMissing(spec, p -> { });
		var labelled = articles.labelledTexts("seed");
		assertThat(labelled).hasSizeGreaterThan(40);

		KnownVectors known = ops.storedVectors();

		assertThat(known.size()).as("one stored vector per labelled article")
			.isEqualTo(vectors.vectors(spec.id(), labelled.stream().map(l -> l.article().id()).toList()).size())
			.isEqualTo(labelled.size());
		List<String> lines = new ArrayList<>();
		var model = retraining.retrain(List.of(), TopicDescription.active(taxonomy.current()), known, lines::add);

		assertThat(model.recipe()).isNotNull();
		assertThat(lines).as("the store's spec reads every seed text from the store")
			.anyMatch(l -> l.startsWith("vectors " + spec.id() + ": ") && l.endsWith(", 0 from the vector cache or the encoder"));
	}

}
