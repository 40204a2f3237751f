package com.lcnews.trends.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.classify.embed.Encoders;

/** What the compact vector form loses: measured on real sentence vectors and on random ones. */
class VectorCodecTest {

	@Test
	void realSentenceVectorsSurviveTheCodecAlmostExactly() {
		TextEncoder encoder = Encoders.forSpec(Encoders.defaultSpec());
		List<float[]> vectors = encoder.encodeAll(List.of("聊城市召开全市安全生产工作会议", "东阿县开展新冠病毒疫苗接种工作",
				"某公司公章遗失，声明作废", "冠县实验小学举行开学典礼，师生共同参加升旗仪式", ""));
		double worst = 1;
		for (float[] v : vectors) {
			byte[] encoded = VectorCodec.encode(v);
			assertThat(encoded).hasSize(VectorCodec.size(512)).hasSize(517);
			worst = Math.min(worst, cosine(v, VectorCodec.decode(encoded)));
		}
		assertThat(worst).isGreaterThan(0.9998);
		// and the decoded vectors keep the similarities between texts to within 3e-3 (measured up to 1.8e-3)
		for (float[] a : vectors) {
			for (float[] b : vectors) {
				double before = cosine(a, b);
				double after = cosine(VectorCodec.decode(VectorCodec.encode(a)), VectorCodec.decode(VectorCodec.encode(b)));
				assertThat(Math.abs(after - before)).isLessThan(3e-3);
			}
		}
	}

	@Test
	void randomUnitVectorsLoseLittle() {
		Random random = new Random(1);
		for (int n = 0; n < 200; n++) {
			float[] v = new float[512];
			double norm = 0;
			for (int i = 0; i < v.length; i++) {
				v[i] = (float) random.nextGaussian();
				norm += v[i] * v[i];
			}
			for (int i = 0; i < v.length; i++) {
				v[i] /= (float) Math.sqrt(norm);
			}
			assertThat(cosine(v, VectorCodec.decode(VectorCodec.encode(v)))).isGreaterThan(0.9998);
		}
	}

	@Test
	void zeroVectorAndBadBytes() {
		assertThat(VectorCodec.decode(VectorCodec.encode(new float[4]))).containsExactly(0f, 0f, 0f, 0f);
		assertThatThrownBy(() -> VectorCodec.decode(new byte[] { 9, 0, 0, 0, 0 })).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> VectorCodec.encode(new float[] { Float.NaN })).isInstanceOf(IllegalArgumentException.class);
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}

}
