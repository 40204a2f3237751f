package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EvidenceTest {

	private static final Map<String, String> ZH = Map.of("article.evidence", "依据", "article.evidence.quoted", "依据原文：",
			"article.evidence.context", "依据：由版面上下文推断");

	@Test
	void chineseShowsThePagesOwnWordsOnly() {
		assertThat(Evidence.display("«2020年7月1日» in article 3", Locale.CHINA, ZH::get)).isEqualTo("依据原文：「2020年7月1日」");
		assertThat(Evidence.display("where: «东阿县城» = home district from the dateline", Locale.CHINA, ZH::get))
			.isEqualTo("依据原文：「东阿县城」");
		assertThat(Evidence.display("«registration number 371502200000713»", Locale.CHINA, ZH::get))
			.isEqualTo("依据原文：「371502200000713」");
		assertThat(Evidence.display("issue date 2021-06-10 (2021年6月10日 星期四)", Locale.CHINA, ZH::get))
			.isEqualTo("依据原文：「2021年6月10日 星期四」");
		assertThat(Evidence.display("home district from the dateline", Locale.CHINA, ZH::get)).isEqualTo("依据：由版面上下文推断");
		assertThat(Evidence.display(" ", Locale.CHINA, ZH::get)).isNull();
	}

	@Test
	void englishShowsTheNoteAsItIs() {
		assertThat(Evidence.display("home district from the dateline", Locale.ENGLISH, k -> "Evidence:"))
			.isEqualTo("Evidence: home district from the dateline");
	}

}
