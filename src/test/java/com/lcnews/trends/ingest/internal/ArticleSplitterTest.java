package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.ArticleKind;

class ArticleSplitterTest {

	private final ArticleSplitter splitter = new ArticleSplitter(
			s -> s.contains("区") || s.contains("镇") || s.contains("县"));

	private SplitPage split(String... lines) {
		return splitter.split(String.join("\n", lines));
	}

	@Test
	void rejoinsASentenceBrokenAtAColumnEdgeButKeepsRealParagraphBreaks() {
		SplitPage page = split("东昌府区某镇开展活动", "", "为提高教学质量,近日,某小学召", "", "开期末复习动员大会。",
				"通过这次大会,全体教师目标更加明确。(王玲玲)");
		assertThat(page.articles()).hasSize(1);
		ParsedArticle a = page.articles().get(0);
		assertThat(a.paragraphs()).containsExactly("为提高教学质量,近日,某小学召开期末复习动员大会。", "通过这次大会,全体教师目标更加明确。");
		assertThat(a.byline()).isEqualTo("王玲玲");
		assertThat(a.kind()).isEqualTo(ArticleKind.ARTICLE);
	}

	@Test
	void aShortPieceWithACommaAfterAParagraphStartsANewParagraphNotAnArticle() {
		SplitPage page = split("区委常委会会议召开", "", "东昌讯 12月30日,会议召开。", "", "会议传达了学习了市“两会”精神,研究", "",
				"了区“两会”筹备情况。", "", "(融媒体 全兴社)");
		assertThat(page.articles()).singleElement()
			.satisfies(a -> assertThat(a.paragraphs()).containsExactly("东昌讯 12月30日,会议召开。",
					"会议传达了学习了市“两会”精神,研究了区“两会”筹备情况。"));
	}

	@Test
	void headlineAndSubheadlineBeforeADatelineAndTheDatelineBylineAreRead() {
		SplitPage page = split("市中心城区规划146处农贸市场", "", "其中社区菜市场133处,切实满足群众需求", "",
				"本报聊城6月10日讯(记者 张超 谢广勇) 在9日召开的发布会上,有关负责人介绍了规划。");
		ParsedArticle a = page.articles().get(0);
		assertThat(a.headline()).isEqualTo("市中心城区规划146处农贸市场");
		assertThat(a.subheadline()).isEqualTo("其中社区菜市场133处,切实满足群众需求");
		assertThat(a.byline()).isEqualTo("记者 张超 谢广勇");
		assertThat(a.body()).startsWith("本报聊城6月10日讯");
	}

	@Test
	void intertitlesStayInsideAnArticleThatHasNoBylineYet() {
		SplitPage page = split("某开发区织牢织密疫情防控网", "", "面对当前态势,各单位严格落实措施。", "", "严把重点场所“入口关”", "",
				"住宿、餐饮、商场是监管的重点。", "", "做好常态化疫情防控宣传", "", "各社区广泛宣传防控知识。文/图 记者 黄啟峰", "",
				"营造疫情防控宣传氛围", "", "连日来,各街道齐出动。");
		assertThat(page.articles()).extracting(ParsedArticle::headline)
			.containsExactly("某开发区织牢织密疫情防控网", "营造疫情防控宣传氛围");
		assertThat(page.articles().get(0).paragraphs()).contains("严把重点场所“入口关”", "做好常态化疫情防控宣传");
		assertThat(page.articles().get(0).byline()).isEqualTo("文/图 记者 黄啟峰");
	}

	@Test
	void aHeadlineAfterTextCutMidSentenceStartsANewArticleAndTheCutOneIsAFragment() {
		SplitPage page = split("疫情当前 做好每一个细节", "", "旅客离开酒店,下一步便是消杀。", "“我们深知疫情当前,任何一个细节都", "",
				"区医保系统疫情防控不松懈 群众线上办理", "", "“您好,请问这里是医保服务中心吗?”工作人员接听电话。");
		assertThat(page.articles()).extracting(ParsedArticle::kind).containsExactly(ArticleKind.FRAGMENT, ArticleKind.ARTICLE);
		assertThat(page.articles().get(1).headline()).isEqualTo("区医保系统疫情防控不松懈 群众线上办理");
	}

	@Test
	void textCutBeforeItsBylineIsAFragment() {
		SplitPage page = split("临清青年办事处扎实提升扶贫工作水平", "", "为确保完成任务,办事处召开会议,要求各帮扶责任人要切实", "", "(李红艳)");
		assertThat(page.articles()).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo(ArticleKind.FRAGMENT);
			assertThat(a.byline()).isEqualTo("李红艳");
		});
	}

	@Test
	void textBeforeTheFirstHeadlineIsAFragmentContinuedFromAnotherPage() {
		SplitPage page = split("工作,确保群众满意。", "", "某镇召开会议", "", "近日,某镇召开会议。");
		assertThat(page.articles()).extracting(ParsedArticle::kind, ParsedArticle::headline)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ArticleKind.FRAGMENT, null),
					org.assertj.core.groups.Tuple.tuple(ArticleKind.ARTICLE, "某镇召开会议"));
	}

	@Test
	void signedNoticesEndAtTheirSignatureAndEachTitleStartsANotice() {
		SplitPage page = split("公告", "", "某公司拟申请注销登记,特此公告!", "", "某公司", "2021年6月3日", "", "声明", "",
				"某公司不慎遗失印鉴卡,特此声明。", "", "某公司", "2021年6月10日");
		assertThat(page.articles()).extracting(ParsedArticle::headline, ParsedArticle::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("公告", ArticleKind.NOTICE),
					org.assertj.core.groups.Tuple.tuple("声明", ArticleKind.NOTICE));
		assertThat(page.articles().get(0).paragraphs()).endsWith("某公司", "2021年6月3日");
	}

	@Test
	void sectionBannersCaptionsAndPageFurnitureAreSkippedWithAReason() {
		SplitPage page = split("2021年6月11日 星期五 A05", "", "决战决胜·脱贫攻坚", "", "聊城在行动", "", "茌平区强化扶贫政策落实", "",
				"▲工作人员查验健康码", "", "今年以来,茌平区组织核查。");
		assertThat(page.articles()).extracting(ParsedArticle::headline).containsExactly("茌平区强化扶贫政策落实");
		assertThat(page.skipped()).extracting(SkippedLine::lineNo, SkippedLine::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "page header or footer"),
					org.assertj.core.groups.Tuple.tuple(3, "section banner"),
					org.assertj.core.groups.Tuple.tuple(5, "section banner"),
					org.assertj.core.groups.Tuple.tuple(9, "photo caption"));
	}

	@Test
	void aPublicServiceAdKeepsItsSloganLines() {
		SplitPage page = split("讲文明 树新风", "某市原创公益广告", "", "富强民主文明和谐", "", "爱国敬业诚信友善");
		assertThat(page.articles()).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo(ArticleKind.ADVERTISEMENT);
			assertThat(a.paragraphs()).containsExactly("某市原创公益广告", "富强民主文明和谐", "爱国敬业诚信友善");
		});
		assertThat(page.skipped()).isEmpty();
	}

	@Test
	void crlfLineEndsAndFullWidthPunctuationAreHandledButTextStaysAsPrinted() {
		SplitPage page = splitter.split("\uFEFF某镇开展活动\r\n\r\n为提高质量，近日，某小学召\r\n\r\n开大会。（王玲玲）\r\n");
		ParsedArticle a = page.articles().get(0);
		assertThat(a.paragraphs()).containsExactly("为提高质量，近日，某小学召开大会。");
		assertThat(a.byline()).isEqualTo("王玲玲");
	}

	@Test
	void orderingIsDeterministicAndOrdinalsStartAtOne() {
		String[] page = { "甲镇召开会议", "", "近日,甲镇召开会议。", "", "乙镇开展活动", "", "近日,乙镇开展活动。" };
		List<Integer> first = split(page).articles().stream().map(ParsedArticle::ordinal).toList();
		assertThat(first).containsExactly(1, 2);
		assertThat(split(page).articles()).isEqualTo(split(page).articles());
	}

}
