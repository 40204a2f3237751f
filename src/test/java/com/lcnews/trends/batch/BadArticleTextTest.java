package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.VectorCodec;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;

/**
 * Bad article texts on the classification path as the job runs it: the committed model, the real sentence model, the
 * vector stored beside the article (or none: the model embeds the text itself). Each article gets an assignment or a
 * skip with its reason; none fails the others.
 */
class BadArticleTextTest {

	static final TopicClassifier MODEL = load();

	static final TextEncoder ENCODER = Encoders.forSpec(MODEL.encoder().orElseThrow());

	private final ArticleClassificationProcessor processor = new ArticleClassificationProcessor(MODEL);

	private static TopicClassifier load() {
		try {
			return new ModelArtifacts(Path.of("target/none"), new WekaTrainingService(null, Encoders::forSpec))
				.loadBundled(ModelArtifacts.bundledDefault().orElseThrow());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Article article(long id, String headline, String body) {
		return new Article(id, "bad.txt", (int) id, headline, null, body, null, ArticleKind.ARTICLE, null,
				DatePrecision.UNKNOWN, null, null, null);
	}

	/** The article's vector as the embedding step stores it. */
	private static float[] stored(Article a) {
		return VectorCodec.decode(VectorCodec.encode(ENCODER.encode(a.classificationText())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\n\t\r\n", "\u3000\u3000", "\u00a0 \u00a0", "\u2028\u0007" })
	void aBlankBodyIsSkippedAsEmptyWithOrWithoutItsStoredVector(String body) {
		Article a = article(1, "标题", body);

		for (float[] vector : new float[][] { stored(a), null }) {
			TopicAssignment t = processor.process(a, vector);
			assertThat(t.isSkipped()).as("body %s", body.codePoints().mapToObj(Integer::toHexString).toList()).isTrue();
			assertThat(t.skipReason()).isEqualTo("empty body");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "🙂🙂🙂🎉🎉", "……——！！？？", "★☆★☆ ◆◇ ※", "👍🏽 👨‍👩‍👧 🇨🇳", "\u200b\u200d" })
	void aBodyOfSymbolsOrEmojiAloneIsSkippedWithItsReason(String body) {
		Article a = article(2, "🎉🎉", body);

		for (float[] vector : new float[][] { stored(a), null }) {
			TopicAssignment t = processor.process(a, vector);
			assertThat(t.isSkipped()).isTrue();
			assertThat(t.skipReason()).isEqualTo("no letter or digit in the body (only symbols, punctuation or emoji)");
		}
	}

	@Test
	void theModelItselfAbstainsOnTextWithNothingToRead() {
		for (String text : List.of("", "\u00a0\u3000", "🙂🙂🙂🎉🎉", "……！！？？", "\u200b")) {
			assertThat(MODEL.classify(text).unclassified()).as("'%s'", text).isTrue();
			assertThat(MODEL.classify(text, ENCODER.encode(text)).unclassified()).isTrue();
		}
		assertThat(MODEL.classify("市疾控中心提醒市民接种流感疫苗 💉").unclassified()).isFalse();
	}

	@Test
	void textInOtherScriptsAndHugeTextsAreClassifiedAndTheyAgreeWithOrWithoutTheStoredVector() {
		String huge = "聊城市召开全市安全生产工作会议，部署燃气、消防隐患排查整治。".repeat(12_000);
		List<Article> articles = List.of(
				article(3, "Liaocheng holds spring job fair", "The city held a spring job fair on Monday, offering 3,000 jobs."),
				article(4, "مرحبا", "أقامت المدينة معرضا للتوظيف يوم الاثنين"),
				article(5, "Ляочэн", "В городе прошла ярмарка вакансий"), article(6, "全市安全生产会议", huge),
				article(7, "疫苗接种 🙂", "市疾控中心提醒市民接种流感疫苗 💉💉"),
				article(8, "控制字符", "学校\u0000\u0001开学\u0007典礼"));
		assertThat(huge.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1 << 20);

		List<String> problems = new ArrayList<>();
		for (Article a : articles) {
			TopicAssignment withVector = processor.process(a, stored(a));
			TopicAssignment fromText = processor.process(a, null);
			if (withVector.isSkipped() || fromText.isSkipped()) {
				problems.add(a.id() + " skipped: " + withVector.skipReason() + " / " + fromText.skipReason());
				continue;
			}
			assertThat(sum(withVector.scoresJson())).as("article " + a.id()).isCloseTo(1, within(0.002));
			assertThat(withVector.confidence()).isBetween(0.0, 1.0);
			if (!java.util.Objects.equals(withVector.topic(), fromText.topic())) {
				problems.add(a.id() + ": " + withVector.topic() + " from its stored vector, " + fromText.topic()
						+ " from its text");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theHugeTextCostsWhatItsLeadCosts() {
		String lead = "聊城市召开全市安全生产工作会议，部署燃气、消防隐患排查整治。".repeat(10);
		Article shortOne = article(9, "全市安全生产会议", lead);
		Article huge = article(10, "全市安全生产会议", lead.repeat(1_200));

		assertThat(stored(huge)).isEqualTo(stored(shortOne));
		assertThat(processor.process(huge, null).topic()).isEqualTo(processor.process(shortOne, null).topic());
	}

	private static double sum(String scoresJson) {
		Matcher m = Pattern.compile(":(\\d+\\.\\d+)").matcher(scoresJson);
		double sum = 0;
		while (m.find()) {
			sum += Double.parseDouble(m.group(1));
		}
		return sum;
	}

}
