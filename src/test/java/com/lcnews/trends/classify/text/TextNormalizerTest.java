package com.lcnews.trends.classify.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

	@Test
	void foldsFullWidthLettersAndDigitsToHalfWidthLowerCase() {
		assertThat(TextNormalizer.normalize("ＣＯＶＩＤ－１９")).isEqualTo("covid-0");
	}

	@Test
	void collapsesNumbersIncludingDecimalsToOneZero() {
		assertThat(TextNormalizer.normalize("接种172.32万剂次,2021年")).isEqualTo("接种0万剂次,0年");
	}

	@Test
	void collapsesWhitespaceAndTreatsNullAsEmpty() {
		assertThat(TextNormalizer.normalize("  聊城\n\t新闻  ")).isEqualTo("聊城 新闻");
		assertThat(TextNormalizer.normalize(null)).isEmpty();
	}

}
