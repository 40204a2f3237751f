package com.lcnews.trends.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.HashingEncoder;

/** Stored vectors, the embedding step and copies against a real database; run for H2 and PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(ArticleVectorsContract.TestEncoder.class)
abstract class ArticleVectorsContract {

	static final String SPEC = HashingEncoder.SPEC.id();

	@TestConfiguration(proxyBeanMethods = false)
	static class TestEncoder {

		@Bean
		HashingEncoder hashingEncoder() {
			return new HashingEncoder(0);
		}

		@Bean
		@Primary
		EncoderProvider testEncoders(HashingEncoder encoder) {
			return encoder.provider();
		}

	}

	@Autowired
	ArticleVectors vectors;

	@Autowired
	EmbeddingService embedding;

	@Autowired
	SimilarArticles similar;

	@Autowired
	HashingEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	ArticleFixtures fixtures;

	@BeforeEach
	void empty() {
		JdbcTestUtils.deleteFromTables(jdbc, "article_copy", "article_vector", "classification_skip", "classification",
				"label", "article");
		similar.forget();
		fixtures = new ArticleFixtures(jdbc);
	}

	private long article(String headline, String body) {
		return fixtures.article(headline, body, LocalDate.of(2022, 3, 5), DatePrecision.DAY, "371502");
	}

	@Test
	void vectorsAreStoredCompactlyOnceAndReadBack() {
		long a = article("冠县举办春季招聘会", "冠县人社局举办春季招聘会，提供岗位三千个。");
		float[] v = HashingEncoder.vector("冠县举办春季招聘会 冠县人社局举办春季招聘会");

		vectors.store(SPEC, List.of(new ArticleVectors.Stored(a, v)));
		vectors.store(SPEC, List.of(new ArticleVectors.Stored(a, new float[v.length])));

		float[] back = vectors.vector(SPEC, a).orElseThrow();
		assertThat(vectors.count(SPEC)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT LENGTH(vector) FROM article_vector", Integer.class)).isEqualTo(5 + 64);
		for (int i = 0; i < v.length; i++) {
			assertThat(back[i]).as("dimension " + i).isCloseTo(v[i], within(0.01f));
		}
		assertThat(vectors.vector("other/lead-1", a)).isEmpty();
	}

	@Test
	void closeIdsReadAsARangeAndScatteredOnesReadAlikeGiveOnlyTheArticlesAskedFor() {
		long a = article("冠县举办春季招聘会", "冠县人社局举办春季招聘会。");
		long b = article("临清市举办农民丰收节", "临清市农民丰收节在烟店镇举行。");
		long c = article("阳谷县开展消防检查", "阳谷县应急管理局开展消防安全检查。");
		vectors.store(SPEC, List.of(new ArticleVectors.Stored(a, HashingEncoder.vector("a")),
				new ArticleVectors.Stored(b, HashingEncoder.vector("b")),
				new ArticleVectors.Stored(c, HashingEncoder.vector("c"))),
				List.of(new ArticleVectors.Copy(b, a, 0.99)));
		long far = c + 1_000_000;

		assertThat(vectors.vectors(SPEC, List.of(a, b, c))).containsOnlyKeys(a, b, c);
		assertThat(vectors.vectors(SPEC, List.of(a, c))).as("b lies in the range read but was not asked for")
			.containsOnlyKeys(a, c);
		assertThat(vectors.vectors(SPEC, List.of(a, c, far))).as("scattered ids").containsOnlyKeys(a, c);
		assertThat(vectors.vectors("other/lead-1", List.of(a, b, c))).isEmpty();
		assertThat(vectors.vectors(SPEC, List.of())).isEmpty();
		assertThat(vectors.copiesAmong(List.of(a, c))).isEmpty();
		assertThat(vectors.copiesAmong(List.of(a, b))).containsExactly(b);
		assertThat(vectors.copiesAmong(List.of(b, far))).as("scattered ids").containsExactly(b);
		assertThat(vectors.copiesAmong(List.of(a, far))).isEmpty();
	}

	@Test
	void theEmbeddingStepEmbedsEveryArticleOnceAndMarksAReprintAsACopyOfTheEarlierOne() {
		long original = article("东昌府区开展消防安全检查", "东昌府区应急管理局联合消防救援大队，对辖区商场、学校、医院开展消防安全大检查，排查隐患三十余处，当场整改。");
		long other = article("临清市举办农民丰收节", "临清市农民丰收节在烟店镇举行，展示特色农产品，村民载歌载舞庆丰收。");
		long reprint = article("东昌府区开展消防安全大检查", "东昌府区应急管理局联合消防救援大队，对辖区商场、学校、医院开展消防安全大检查，排查隐患三十余处，当场整改。（转载）");

		EmbeddingProgress first = embedding.embedMissing(HashingEncoder.SPEC, p -> {
		});
		long encodedAfterFirst = encoder.encoded();
		EmbeddingProgress second = embedding.embedMissing(HashingEncoder.SPEC, p -> {
		});

		assertThat(first.state()).isEqualTo(EmbeddingProgress.State.COMPLETED);
		assertThat(first.done()).isEqualTo(3);
		assertThat(second.done()).isZero();
		assertThat(encoder.encoded()).isEqualTo(encodedAfterFirst);
		assertThat(vectors.count(SPEC)).isEqualTo(3);
		assertThat(vectors.copyOf(reprint)).hasValueSatisfying(c -> assertThat(c.originalId()).isEqualTo(original));
		assertThat(vectors.copyOf(original)).isEmpty();
		assertThat(vectors.copyOf(other)).isEmpty();
		assertThat(vectors.copiesAmong(List.of(original, other, reprint))).containsExactly(reprint);
		assertThat(similar.similarTo(original, HashingEncoder.SPEC, 2)).first()
			.satisfies(n -> assertThat(n.articleId()).isEqualTo(reprint));
	}

	@Test
	void vectorsAnotherProcessStoredAfterTheIndexWasReadAreFoundToo() {
		long first = article("茌平区举办招聘会", "茌平区人社局举办春季招聘会，提供岗位两千个。");
		float[] v = HashingEncoder.vector("茌平区举办招聘会 茌平区人社局举办春季招聘会");
		vectors.store(SPEC, List.of(new ArticleVectors.Stored(first, v)));
		assertThat(similar.similarTo(first, HashingEncoder.SPEC, 3)).as("alone in the index").isEmpty();

		long later = article("茌平区举办春季招聘会", "茌平区人社局举办春季招聘会，提供岗位两千个。");
		vectors.store(SPEC, List.of(new ArticleVectors.Stored(later, v)));

		assertThat(similar.similarTo(first, HashingEncoder.SPEC, 3)).as("stored directly, as another process would")
			.singleElement().satisfies(n -> assertThat(n.articleId()).isEqualTo(later));
	}

	@Test
	void aRunWithNothingToEmbedNeitherAsksForTheEncoderNorReadsTheStoredVectors() {
		article("东昌府区开展消防安全检查", "东昌府区应急管理局对辖区商场、学校、医院开展消防安全大检查。");
		embedding.embedMissing(HashingEncoder.SPEC, p -> {
		});
		AtomicInteger encoders = new AtomicInteger();
		AtomicInteger indexes = new AtomicInteger();
		SimilarArticles counted = new SimilarArticles(vectors) {
			@Override
			public VectorIndex index(EncoderSpec spec) {
				indexes.incrementAndGet();
				return super.index(spec);
			}
		};
		var service = new EmbeddingService(vectors, counted, spec -> {
			encoders.incrementAndGet();
			return encoder;
		}, jdbc.getDataSource());

		EmbeddingProgress nothing = service.embedMissing(HashingEncoder.SPEC, p -> {
		});

		assertThat(nothing.state()).isEqualTo(EmbeddingProgress.State.COMPLETED);
		assertThat(nothing.message()).isEqualTo("completed");
		assertThat(nothing.done()).isZero();
		assertThat(encoders).as("encoders asked for").hasValue(0);
		assertThat(indexes).as("indexes of the stored vectors read").hasValue(0);

		long added = article("临清市举办农民丰收节", "临清市农民丰收节在烟店镇举行，村民载歌载舞庆丰收。");
		EmbeddingProgress one = service.embedMissing(HashingEncoder.SPEC, p -> {
		});

		assertThat(one.done()).as("an article without a vector is embedded as before").isEqualTo(1);
		assertThat(encoders).hasValue(1);
		assertThat(indexes).hasValue(1);
		assertThat(vectors.vector(SPEC, added)).isPresent();
		assertThat(vectors.countMissing(SPEC)).isZero();
	}

	@Test
	void anArticleAModelHasClassifiedAlreadyIsNeverMadeACopy() {
		article("阳谷县召开乡村振兴工作会议", "阳谷县召开乡村振兴工作推进会议，部署下一阶段重点任务和帮扶措施。");
		long counted = article("阳谷县召开乡村振兴工作会议", "阳谷县召开乡村振兴工作推进会议，部署下一阶段重点任务和帮扶措施。（二）");
		jdbc.update("INSERT INTO classification (article_id, model_version, topic, confidence, scores_json, classified_at) "
				+ "VALUES (?, 'm', 'poverty', 0.9, '{}', CURRENT_TIMESTAMP)", counted);

		embedding.embedMissing(HashingEncoder.SPEC, p -> {
		});

		assertThat(vectors.copyOf(counted)).isEmpty();
	}

	@Test
	void aRunStoppedMidwayResumesAndStoresNothingTwice() {
		for (int i = 0; i < 80; i++) {
			article("第" + i + "条新闻", "这是第" + i + "条新闻的正文，内容各不相同：" + i * 7919);
		}
		AtomicInteger batches = new AtomicInteger();
		var run = new EmbeddingRun(encoder, vectors, null, 10);
		long firstPart = run.run((done, total) -> batches.incrementAndGet(), () -> batches.get() > 3);

		assertThat(firstPart).isEqualTo(30);
		assertThat(vectors.countMissing(SPEC)).isEqualTo(50);
		assertThat(new EmbeddingRun(encoder, vectors, null, 10).run((done, total) -> {
		}, () -> false)).isEqualTo(50);
		assertThat(vectors.count(SPEC)).isEqualTo(80);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT article_id) FROM article_vector", Long.class)).isEqualTo(80);
	}

	@Test
	void aRunThatFailsWhileRecordingACopyRecordsItWhenRunAgain() {
		long original = article("茌平区开展燃气安全专项检查", "茌平区应急管理局会同住建部门，对全区餐饮场所燃气管道、报警装置开展专项检查，发现隐患二十处，限期整改。");
		long reprint = article("茌平区开展燃气安全专项检查", "茌平区应急管理局会同住建部门，对全区餐饮场所燃气管道、报警装置开展专项检查，发现隐患二十处，限期整改。（转载）");
		VectorIndex index = new VectorIndex(HashingEncoder.SPEC.dimensions());
		var failing = new ArticleVectors(new FailingOnceJdbc(jdbc, "article_copy"));

		assertThatThrownBy(() -> new EmbeddingRun(encoder, failing, index, 10).run((done, total) -> {
		}, () -> false)).isInstanceOf(DataAccessResourceFailureException.class);
		new EmbeddingRun(encoder, vectors, index, 10).run((done, total) -> {
		}, () -> false);

		assertThat(vectors.copyOf(reprint)).hasValueSatisfying(c -> assertThat(c.originalId()).isEqualTo(original));
		assertThat(vectors.count(SPEC)).isEqualTo(2);
		assertThat(index.size()).as("each article once in the index of the process").isEqualTo(2);
	}

	@Test
	void badTextsEachGetOneVectorOfTheRealModelAndOnlyARealReprintIsACopy() {
		TextEncoder real = Encoders.forSpec(Encoders.defaultSpec());
		String huge = "聊城市召开全市安全生产工作会议，部署燃气、消防隐患排查整治。".repeat(12_000);
		List<Long> ids = List.of(article("", ""), article(null, " \n\t\u3000\u00a0 "),
				article("Liaocheng holds spring job fair", "The city held a spring job fair on Monday, offering 3,000 jobs."),
				article("مرحبا", "مرحبا بالعالم، هذا نص تجريبي باللغة العربية"), article("🙂", "🙂🙂🙂🎉🎉"),
				article("👍", "👍👍👍👍"), article("全市安全生产会议", huge), article("全市安全生产会议", huge + "（转载）"));
		assertThat(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(1 << 20);
		var run = new EmbeddingRun(real, vectors, similar.index(real.spec()), 3);

		long done = run.run((d, total) -> {
		}, () -> false);

		assertThat(done).isEqualTo(ids.size());
		assertThat(run.failures()).isEmpty();
		for (long id : ids) {
			float[] v = vectors.vector(real.spec().id(), id).orElseThrow();
			double norm = 0;
			for (float x : v) {
				norm += x * x;
			}
			assertThat(v).hasSize(512);
			assertThat(norm).as("article " + id).isCloseTo(1, within(0.01));
		}
		assertThat(vectors.copiesAmong(ids)).as("blank and unknown-token texts read alike but are no copies")
			.containsExactly(ids.get(ids.size() - 1));
	}

	@Test
	void anArticleTheEncoderFailsOnIsLeftOutWithItsReasonAndTheRunGoesOn() {
		long before = article("东阿县召开项目建设推进会", "东阿县召开重点项目建设推进会，二十个项目集中开工。");
		long failing = article("坏", "这篇文章让编码器出错 " + BadEncoder.FAIL);
		long noNumbers = article("坏", "这篇文章让编码器给出非数值 " + BadEncoder.NAN);
		long after = article("临清市举办农民丰收节", "临清市农民丰收节在烟店镇举行，村民载歌载舞庆丰收。");
		var service = new EmbeddingService(vectors, similar, spec -> new BadEncoder(encoder), jdbc.getDataSource());

		EmbeddingProgress result = service.embedMissing(HashingEncoder.SPEC, p -> {
		});

		assertThat(result.state()).isEqualTo(EmbeddingProgress.State.COMPLETED);
		assertThat(result.message()).contains("2 article(s) could not be embedded", "article " + failing,
				"model failed on this text").doesNotContain("\n");
		assertThat(vectors.vectors(SPEC, List.of(before, failing, noNumbers, after))).containsOnlyKeys(before, after);
		assertThat(embedding.embedMissing(HashingEncoder.SPEC, p -> {
		}).done()).as("the next run tries them again").isEqualTo(2);
		assertThat(vectors.countMissing(SPEC)).isZero();
	}

	/** Fails on texts with {@link #FAIL} (the whole batch), gives NaN for texts with {@link #NAN}. */
	record BadEncoder(TextEncoder inner) implements TextEncoder {

		static final String FAIL = "[fail]";

		static final String NAN = "[nan]";

		@Override
		public EncoderSpec spec() {
			return inner.spec();
		}

		@Override
		public List<float[]> encodeAll(List<String> texts) {
			if (texts.stream().anyMatch(t -> t.contains(FAIL))) {
				throw new IllegalStateException("the model failed\non this text");
			}
			List<float[]> out = new java.util.ArrayList<>(inner.encodeAll(texts));
			for (int i = 0; i < texts.size(); i++) {
				if (texts.get(i).contains(NAN)) {
					out.set(i, new float[out.get(i).length]);
					out.get(i)[0] = Float.NaN;
				}
			}
			return out;
		}

		@Override
		public TextEncoder withLeadChars(int leadChars) {
			return this;
		}

	}

}
