package com.lcnews.trends.modelops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.i18n.MessagesI18NProvider;

/** Every reason why no zero-shot preview or model can be made has a message for people in Chinese and English. */
class ZeroShotMessagesTest {

	private final MessagesI18NProvider messages = new MessagesI18NProvider();

	@Test
	void everyProblemHasAChineseAndAnEnglishMessage() {
		for (ZeroShotException.Problem problem : ZeroShotException.Problem.values()) {
			var refused = new ZeroShotException(problem, null, "seeds-20261122-191854");
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				assertThat(messages.getTranslation(refused.messageKey(), locale, refused.args()))
					.as(problem + " in " + locale)
					.doesNotStartWith("!")
					.doesNotContain("{0}");
			}
		}
	}

	@Test
	void aModelThatReadsNoVectorsIsNamedInTheChineseMessage() {
		var refused = new ZeroShotException(ZeroShotException.Problem.NO_VECTORS, null, "seeds-20261122-191854");
		assertThat(messages.getTranslation(refused.messageKey(), Locale.SIMPLIFIED_CHINESE, refused.args()))
			.isEqualTo("当前模型 seeds-20261122-191854 不读句向量，库里没有可用的向量：请先推广一个读句向量的模型。");
		assertThat(refused.getMessage()).startsWith("The promoted model seeds-20261122-191854 reads no sentence vectors");
	}

}
