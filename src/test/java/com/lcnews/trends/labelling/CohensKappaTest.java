package com.lcnews.trends.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class CohensKappaTest {

	private static CohensKappa.Pair p(String a, String b) {
		return new CohensKappa.Pair(a, b);
	}

	@Test
	void perfectAgreementIsOne() {
		double[] k = CohensKappa.of(List.of(p("a", "a"), p("b", "b"), p("c", "c")));
		assertThat(k[0]).isEqualTo(1.0);
		assertThat(k[1]).isEqualTo(1.0);
	}

	@Test
	void textbookExample() {
		// 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 -> po 0.7, pe 0.5, kappa 0.4
		List<CohensKappa.Pair> pairs = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) pairs.add(p("yes", "yes"));
		for (int i = 0; i < 5; i++) pairs.add(p("yes", "no"));
		for (int i = 0; i < 10; i++) pairs.add(p("no", "yes"));
		for (int i = 0; i < 15; i++) pairs.add(p("no", "no"));
		double[] k = CohensKappa.of(pairs);
		assertThat(k[0]).isCloseTo(0.7, within(1e-9));
		assertThat(k[1]).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void undefinedWhenBothAlwaysChooseTheSameCategory() {
		assertThat(CohensKappa.of(List.of(p("a", "a"), p("a", "a")))[1]).isNaN();
		assertThat(CohensKappa.of(List.of())[0]).isNaN();
	}

	@Test
	void nearDuplicateHeadlinesShareAKey() {
		assertThat(LabellingService.key("张炉集镇中心小学召开期末复习动员大会"))
			.isEqualTo(LabellingService.key("张炉集镇中心小学，召开期中动员会"));
		assertThat(LabellingService.key("道口铺街道中心学校代屯小学")).isNotEqualTo(LabellingService.key("张炉集镇中心小学"));
	}

}
