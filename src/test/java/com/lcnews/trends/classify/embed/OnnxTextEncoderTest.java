package com.lcnews.trends.classify.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.classify.TextEncoder;

/** The real int8 bge-small-zh-v1.5 on real text (one shared model for all tests of the JVM). */
class OnnxTextEncoderTest {

	static final TextEncoder ENCODER = Encoders.forSpec(Encoders.defaultSpec());

	@Test
	void vectorsAreUnitLengthAndCloserForTextsOnTheSameSubject() {
		List<float[]> v = ENCODER.encodeAll(List.of("市疾控中心组织开展新冠病毒疫苗接种工作，全市已接种疫苗十万剂次。",
				"阳谷县卫生院为群众接种疫苗，老年人积极预约第二剂次。", "某公司营业执照正本遗失，声明作废。"));

		for (float[] x : v) {
			assertThat(x).hasSize(512);
			assertThat(dot(x, x)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
		}
		assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)) + 0.1);
	}

	@Test
	void batchesGiveTheVectorsOfSingleTexts() {
		List<String> texts = List.of("短", "聊城市召开全市安全生产工作会议，部署燃气、消防隐患排查整治。", "教育");
		List<float[]> batch = ENCODER.encodeAll(texts);
		for (int i = 0; i < texts.size(); i++) {
			assertThat(dot(batch.get(i), ENCODER.encode(texts.get(i)))).isGreaterThan(0.9999);
		}
	}

	@Test
	void textsSpreadOverCoresGiveExactlyTheVectorsOfOneRunAtATime() {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			texts.add("茌平区第" + i + "届农民丰收节开幕，" + "玉米、小麦喜获丰收。".repeat(i % 5 + 1));
		}
		TextEncoder spread = Encoders.open(Encoders.defaultSpec(), 3, 1);
		TextEncoder alone = Encoders.open(Encoders.defaultSpec(), 1, 1);
		try {
			List<float[]> parallel = spread.encodeAll(texts);
			List<float[]> serial = alone.encodeAll(texts);
			for (int i = 0; i < texts.size(); i++) {
				assertThat(parallel.get(i)).as("text " + i).containsExactly(serial.get(i));
			}
			assertThat(parallel.get(0)).isNotEqualTo(parallel.get(1));
		}
		finally {
			Encoders.close(spread);
			Encoders.close(alone);
		}
	}

	@Test
	void badInputGivesAVectorNeverAnError() {
		String huge = "聊城".repeat(512 * 1024);
		List<String> texts = new ArrayList<>(List.of("", "   \n\t ", huge, "مرحبا بالعالم", "🙂🙂🙂", "\u0000\u0001"));
		texts.add(null);

		List<float[]> v = ENCODER.encodeAll(texts);

		assertThat(v).hasSize(texts.size());
		for (float[] x : v) {
			assertThat(x).hasSize(512);
			assertThat(dot(x, x)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
		}
		assertThat(dot(v.get(0), v.get(1))).as("empty and blank read the same").isGreaterThan(0.9999);
		assertThat(Encoders.tokenCount(ENCODER, huge)).isEqualTo(ENCODER.spec().leadChars() + 2);
	}

	@Test
	void isThreadSafe() throws Exception {
		List<String> texts = List.of("高唐县开展防溺水安全教育", "冠县脱贫户发展特色种植", "东昌府区人大常委会召开会议");
		List<float[]> expected = ENCODER.encodeAll(texts);
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<float[]>>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit(() -> ENCODER.encodeAll(texts)));
			}
			for (Future<List<float[]>> r : results) {
				List<float[]> got = r.get();
				for (int i = 0; i < texts.size(); i++) {
					assertThat(dot(got.get(i), expected.get(i))).isGreaterThan(0.9999);
				}
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void specNamesModelAndLead() {
		assertThat(ENCODER.spec().id()).isEqualTo("bge-small-zh-v1.5-q8/lead-256");
		assertThat(ENCODER.withLeadChars(64).spec().id()).isEqualTo("bge-small-zh-v1.5-q8/lead-64");
	}

	static double dot(float[] a, float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

}
