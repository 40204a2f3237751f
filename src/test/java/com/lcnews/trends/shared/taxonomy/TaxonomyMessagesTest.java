package com.lcnews.trends.shared.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.i18n.MessagesI18NProvider;
import com.lcnews.trends.shared.taxonomy.TaxonomyException.Problem;

/** Every refusal of an edit has a message for people in Chinese and English, and edits are tidied before checks. */
class TaxonomyMessagesTest {

	private final MessagesI18NProvider messages = new MessagesI18NProvider();

	@Test
	void everyProblemHasAChineseAndAnEnglishMessage() {
		for (Problem problem : Problem.values()) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				assertThat(messages.getTranslation(problem.messageKey(), locale, "x", "y", "z"))
					.as(problem + " in " + locale)
					.doesNotStartWith("!");
			}
		}
	}

	@Test
	void aRefusalSaysWhatIsWrongInChinese() {
		var refused = new TaxonomyException(Problem.CODE_TAKEN, "flood", "防汛抗旱");
		assertThat(messages.getTranslation(refused.messageKey(), Locale.SIMPLIFIED_CHINESE, refused.args()))
			.isEqualTo("代码“flood”已被话题“防汛抗旱”使用（停用的话题也占用代码）");
		assertThat(refused.getMessage()).isEqualTo("The code 'flood' is already the topic '防汛抗旱'");
		assertThat(refused.field()).isEqualTo("code");
	}

	@Test
	void anEditIsStrippedAndItsKeywordsSplitOnceEach() {
		TopicEdit edit = TopicEdit.of(" flood ", " 防汛 ", " Floods ", null, " 汛期工作 ", "防汛；巡堤、防汛,, 抗旱 ;");
		assertThat(edit.code()).isEqualTo("flood");
		assertThat(edit.nameZh()).isEqualTo("防汛");
		assertThat(edit.description()).isEmpty();
		assertThat(edit.keywordsZh()).containsExactly("防汛", "巡堤", "抗旱");
		assertThat(edit.keywordsText()).isEqualTo("防汛、巡堤、抗旱");
		assertThat(new TopicEdit("a", "b", "c", "", "", List.of("甲;乙", " 丙 ")).keywordsZh()).containsExactly("甲", "乙", "丙");
	}

}
