package com.lcnews.trends.classify.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSegmentersTest {

	@Test
	void wordSegmenterKeepsStreetNamesOfTheDivisionTableWhole() {
		var tokens = TextSegmenters.forName("words").segment("东昌府区道口铺街道中心学校开展消防演练");

		assertThat(tokens).contains("道口铺街道", "东昌府区").doesNotContain("道口");
	}

	@Test
	void wordSegmenterDropsPunctuation() {
		var tokens = TextSegmenters.forName("words").segment("疫苗接种，有序推进！");

		assertThat(tokens).isNotEmpty().noneMatch(t -> t.equals("，") || t.equals("！"));
	}

	@Test
	void characterSegmenterEmitsUnigramsAndBigramsWithinRunsOfLetters() {
		var tokens = TextSegmenters.forName("chars-1-2").segment("扶贫 工作");

		assertThat(tokens).containsExactly("扶", "扶贫", "贫", "工", "工作", "作");
	}

	@Test
	void wordsPlusBigramsAddsTheBigramsOfLongWords() {
		var tokens = TextSegmenters.forName("words+bigrams").segment("道口铺街道");

		assertThat(tokens).contains("道口铺街道", "道口", "口铺", "铺街", "街道");
	}

	@Test
	void tokenStringNormalisesWidthAndNumbersBeforeSegmenting() {
		assertThat(TextSegmenters.forName("chars-1-2").tokenString("ＡＢ 172.32万")).isEqualTo("a ab b 0 0万 万");
	}

	@Test
	void unknownSegmenterNameIsAClearError() {
		assertThatThrownBy(() -> TextSegmenters.forName("jieba")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("jieba")
			.hasMessageContaining("words");
	}

}
