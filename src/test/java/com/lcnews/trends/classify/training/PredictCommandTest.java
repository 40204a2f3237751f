package com.lcnews.trends.classify.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Topic;

class PredictCommandTest {

	private static final Topic POVERTY = new Topic("poverty");

	private static final Topic NOTICE = new Topic("notice");

	/** A classifier answering by keyword, enough to check the command's line handling. */
	private static final TopicClassifier KEYWORD = new TopicClassifier() {

		private final ModelInfo info = new ModelInfo("kw-1", Instant.EPOCH, List.of(POVERTY, NOTICE), 0.6, "keyword");

		@Override
		public Prediction classify(String text) {
			double p = text.contains("扶贫") ? 0.9 : 0.55;
			Topic best = text.contains("扶贫") ? POVERTY : NOTICE;
			Topic other = best.equals(POVERTY) ? NOTICE : POVERTY;
			return new Prediction(p >= 0.6 ? Optional.of(best) : Optional.empty(), best, p, Map.of(best, p, other, 1 - p));
		}

		@Override
		public List<Topic> topics() {
			return info.topics();
		}

		@Override
		public ModelInfo model() {
			return info;
		}
	};

	@Test
	void addsTopicConfidenceScoresAndModelAndPassesOtherFieldsThrough() throws Exception {
		StringWriter out = new StringWriter();

		String error = PredictCommand.predictLine(KEYWORD, "{\"id\":7,\"text\":\"扶贫工作\",\"district\":\"371502\"}", out);

		assertThat(error).isNull();
		var json = new ObjectMapper().readTree(out.toString());
		assertThat(json.path("id").asInt()).isEqualTo(7);
		assertThat(json.path("district").asText()).isEqualTo("371502");
		assertThat(json.path("topic").asText()).isEqualTo("poverty");
		assertThat(json.path("confidence").asDouble()).isEqualTo(0.9);
		assertThat(json.path("scores").path("notice").asDouble()).isEqualTo(0.1);
		assertThat(json.path("model").asText()).isEqualTo("kw-1");
	}

	@Test
	void writesNullTopicButKeepsTheBestGuessWhenTheModelAbstains() throws Exception {
		StringWriter out = new StringWriter();

		PredictCommand.predictLine(KEYWORD, "{\"text\":\"天气晴\"}", out);

		var json = new ObjectMapper().readTree(out.toString());
		assertThat(json.path("topic").isNull()).isTrue();
		assertThat(json.path("best").asText()).isEqualTo("notice");
	}

	@Test
	void rejectsLinesThatAreNotObjectsWithText() throws Exception {
		StringWriter out = new StringWriter();

		assertThat(PredictCommand.predictLine(KEYWORD, "{oops", out)).startsWith("not JSON");
		assertThat(PredictCommand.predictLine(KEYWORD, "{\"body\":\"x\"}", out)).contains("text field");
		assertThat(out.toString()).isEmpty();
	}

}
