package com.lcnews.trends.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextShapeTest {

	@Test
	void foldsWidthAndCaseCollapsesWhitespaceAndCutsAtTheLead() {
		assertThat(TextShape.lead("  聊城　ＡＢＣ１２３\n\n东昌府区\t召开 会议 ", 100)).isEqualTo("聊城 abc123 东昌府区 召开 会议");
		assertThat(TextShape.lead("聊城市东昌府区召开会议", 4)).isEqualTo("聊城市东");
		assertThat(TextShape.lead("标题\n正文", 3)).isEqualTo("标题 ");
	}

	@Test
	void emptyBlankNullAndHugeTexts() {
		assertThat(TextShape.lead(null, 10)).isEmpty();
		assertThat(TextShape.lead(" \n\t\u3000", 10)).isEmpty();
		assertThat(TextShape.isBlank("\n \n")).isTrue();
		assertThat(TextShape.isBlank("a")).isFalse();
		String huge = "疫苗接种".repeat(300_000);
		assertThat(TextShape.lead(huge, 256)).hasSize(256);
	}

	@Test
	void aTextHasSomethingToReadWhenItHasALetterOrDigitOfAnyScript() {
		assertThat(TextShape.hasLetterOrDigit(null)).isFalse();
		assertThat(TextShape.hasLetterOrDigit(" \u3000\u00a0\u200b")).isFalse();
		assertThat(TextShape.hasLetterOrDigit("🙂🎉 ……！？ ★※")).isFalse();
		assertThat(TextShape.hasLetterOrDigit("🙂 聊")).isTrue();
		assertThat(TextShape.hasLetterOrDigit("مرحبا")).isTrue();
		assertThat(TextShape.hasLetterOrDigit("🙂 2024")).isTrue();
	}

	@Test
	void aLeadAsLongAsAnIntAllowsReadsTheWholeText() {
		assertThat(TextShape.lead("第一行\n 第二行", Integer.MAX_VALUE)).isEqualTo("第一行 第二行");
	}

	@Test
	void neverCutsASurrogatePair() {
		String emoji = "😀".repeat(10);
		assertThat(TextShape.lead(emoji, 3)).isEqualTo("😀😀😀");
		assertThat(TextShape.lead("a" + emoji, 2)).isEqualTo("a😀");
	}

	@Test
	void specIdRoundTrips() {
		EncoderSpec spec = EncoderSpec.parse("bge-small-zh-v1.5-q8/lead-256", 512);
		assertThat(spec.leadChars()).isEqualTo(256);
		assertThat(spec.withLeadChars(64).id()).isEqualTo("bge-small-zh-v1.5-q8/lead-64");
		assertThat(spec.shape("长文本".repeat(200))).hasSize(256);
	}

}
