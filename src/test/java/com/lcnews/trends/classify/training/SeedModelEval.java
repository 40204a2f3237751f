package com.lcnews.trends.classify.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lcnews.trends.classify.EncodingVectorSource;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;
import com.lcnews.trends.shared.NewsTrendsProperties;

/**
 * Trains on the seed labels through the shipped seed-corpus path with the default recipes and checks the
 * leave-one-page-out quality (run with {@code -Peval}). Floor: macro-F1 0.70 and accuracy 0.75. With 54 texts on 5
 * pages over 11 topics the committed model (lr@256) gives macro-F1 0.854 ± 0.166 and accuracy 0.874 ± 0.096; the floor
 * sits about one standard deviation below, and far above chance (macro-F1 of always answering the majority topic,
 * poverty, is 0.05) and above today's text models held out by page (0.31).
 */
@org.springframework.boot.test.context.SpringBootTest(
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
class SeedModelEval {

	@TempDir
	Path models;

	@org.springframework.beans.factory.annotation.Autowired
	TrainingData trainingData;

	@Test
	void seedModelReachesTheMacroF1Floor() throws Exception {
		var loaded = trainingData.load(List.of(), null, null, false);
		assertThat(loaded.warnings()).as("seed labels that match no article of the ingest splitter").hasSizeLessThanOrEqualTo(1);
		assertThat(loaded.texts()).hasSizeGreaterThanOrEqualTo(54);
		var options = TrainingOptions.defaults("eval");

		var metadata = new WekaTrainingService(new EncodingVectorSource(Encoders::forSpec, null), Encoders::forSpec).train(loaded.texts(), loaded.descriptions(), loaded.taxonomy(), loaded.data(),
				options, models, System.err::println);

		System.out.print(ReportFormatter.format(metadata.evaluation()));
		assertThat(metadata.evaluation().macroF1()).isGreaterThanOrEqualTo(0.70);
		assertThat(metadata.evaluation().accuracy()).isGreaterThanOrEqualTo(0.75);
	}

}
