package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.DatePrecision;

class DateResolverTest {

	private final PageExtractor extractor = PageExtractor.bundled();

	private List<Article> extract(LocalDate issue, String... lines) {
		return extractor.extract("p.txt", String.join("\n", lines), issue, null).articles();
	}

	@Test
	void monthAndDayTakeTheYearOfTheSignedNoticesOnThePage() {
		List<Article> page = extract(null, "某镇召开会议", "", "本报聊城6月10日讯(记者 张超) 会议召开。", "", "公告", "",
				"某公司拟注销,特此公告。", "", "某公司", "2021年6月3日");
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2021, 6, 10));
		assertThat(page.get(0).datePrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(page.get(0).dateEvidence()).contains("6月10日").contains("2021");
	}

	@Test
	void aYearEndDateOnANewYearPageGoesToThePreviousYear() {
		List<Article> page = extract(null, "某会议召开", "", "东昌讯 12月30日,会议召开。", "", "致市民的一封信", "", "祝大家新年快乐!", "",
				"某办公室", "2023年1月2日");
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2022, 12, 30));
	}

	@Test
	void aHistoricalDateInACommentaryIsNotItsDate() {
		List<Article> page = extract(null, "做好防疫与稳经济“双统筹”", "", "疫情尚未远去,发展不能停步。",
				"“如何统筹好疫情防控和复工复产,这是很大的挑战。”早在2020年2月23日的会议上,就提出了统筹。", "(经济日报)");
		assertThat(page.get(0).datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
		assertThat(page.get(0).date()).isNull();
	}

	@Test
	void aNoticeAboutAnOldEventIsDatedWhenItWasSigned() {
		List<Article> page = extract(null, "寻亲公告", "", "2017年6月29日某人在路边拾男婴一名,请亲生父母联系。特此公告。", "2021年6月10日");
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2021, 6, 10));
		assertThat(page.get(0).dateEvidence()).startsWith("signed");
	}

	@Test
	void relativeWordsResolveAgainstTheIssueDate() {
		List<Article> page = extract(LocalDate.of(2021, 6, 11), "某镇召开会议", "", "昨日,某镇召开会议。", "", "某校开展活动", "",
				"近日,某校开展了活动。");
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2021, 6, 10));
		assertThat(page.get(0).datePrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(page.get(1).datePrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(page.get(1).date()).isEqualTo(LocalDate.of(2021, 6, 1));
	}

	@Test
	void withoutAnyDateOnThePageAMonthAndDayStayUnknown() {
		List<Article> page = extract(null, "某局开展检查", "", "11月16日,某局开展检查。");
		assertThat(page.get(0).datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
		assertThat(page.get(0).dateEvidence()).contains("11月16日").contains("year unknown");
	}

	@Test
	void relativeWordsWithoutAnIssueDateStayUnknown() {
		List<Article> page = extract(null, "某镇召开会议", "", "近日,某镇召开会议。");
		assertThat(page.get(0).datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
	}

	@Test
	void anExplicitDateInTheLeadWinsOverAPageHeaderDate() {
		List<Article> page = extract(null, "2021年6月11日 星期五", "", "某镇召开会议", "", "6月9日,某镇召开会议。", "", "某校开展活动", "",
				"昨日,某校开展活动。");
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2021, 6, 9));
		assertThat(page.get(1).date()).isEqualTo(LocalDate.of(2021, 6, 10));
	}

	@Test
	void aYearOnlyMentionGivesYearPrecision() {
		List<Article> page = extract(null, "某街道做好2020年春季申报", "", "近期,某街道开展2020年春季申报工作。");
		assertThat(page.get(0).datePrecision()).isEqualTo(DatePrecision.YEAR);
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2020, 1, 1));
	}

	@Test
	void aDatelineDateAfterAQuoteIsFound() {
		List<Article> page = extract(null, "某地客流恢复", "", "“这是您的证件请拿好。”11月20日,经理提醒道。", "", "公告", "", "特此公告。",
				"2022年11月21日");
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2022, 11, 20));
	}

}
