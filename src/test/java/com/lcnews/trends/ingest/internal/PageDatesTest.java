package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.DatePrecision;

/** A page's date from its file, its document numbers and, as the last resort, the datable events it names. */
class PageDatesTest {

	private final PageExtractor extractor = PageExtractor.bundled();

	private List<Article> extract(String path, String... lines) {
		return extractor.extract("p.txt", String.join("\n", lines), new PageHints(null, null, null, path)).articles();
	}

	@Test
	void theFileNameOrFoldersGiveTheIssueDate() {
		assertThat(FileDates.of("archive/lcrb_20221118_A03.txt").date()).isEqualTo(LocalDate.of(2022, 11, 18));
		assertThat(FileDates.of("archive/2022/11/18/A03.txt").date()).isEqualTo(LocalDate.of(2022, 11, 18));
		assertThat(FileDates.of("2022-11-18.txt").precision()).isEqualTo(DatePrecision.DAY);
		assertThat(FileDates.of("archive/2022-11/A03.txt").precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(FileDates.of("archive/2021/page.txt").precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(FileDates.of("000_b3a861340e6600c5.txt")).isNull();
		List<Article> page = extract("2022/11/18/A03.txt", "某镇召开会议", "", "昨日,某镇召开会议。");
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2022, 11, 17));
		assertThat(page.get(0).dateEvidence()).contains("2022/11/18");
	}

	@Test
	void aMonthAndDayTakeTheYearOfTheFolder() {
		Article a = extract("2020/page.txt", "某镇召开会议", "", "7月30日,某镇召开会议。").get(0);
		assertThat(a.date()).isEqualTo(LocalDate.of(2020, 7, 30));
		assertThat(a.datePrecision()).isEqualTo(DatePrecision.DAY);
	}

	@Test
	void aDocumentNumberGivesThePageItsYear() {
		List<Article> page = extract(null, "某局推进接种", "", "6月5日,某局联合发文(聊医保发〔2021〕24号)推进接种。", "",
				"某校开展活动", "", "近日,某校开展活动。");
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2021, 6, 5));
		assertThat(page.get(1).datePrecision().format(page.get(1).date())).isEqualTo("2021-06");
	}

	@Test
	void undatedItemsTakeTheMonthOfThePagesDatedItems() {
		List<Article> page = extract(null, "某会召开", "", "本报聊城7月30日讯 某会召开,部署2020年工作。", "", "某校做好扶贫", "",
				"暑假期间,某校继续做好教育扶贫工作。");
		assertThat(page.get(1).datePrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(page.get(1).date()).isEqualTo(LocalDate.of(2020, 7, 1));
	}

	@Test
	void datableEventsAreTheLastResortAndSaySo() {
		List<Article> page = extract(null, "某局组织党员学习", "", "11月17日,某局组织党员学习党的二十大精神。", "", "某地严守路口", "",
				"11月19日,工作人员查验行程码。");
		assertThat(page.get(0).date()).isEqualTo(LocalDate.of(2022, 11, 17));
		assertThat(page.get(0).dateEvidence()).contains("datable events").contains("党的二十大精神");
		assertThat(DatedEvents.span(List.of("没有事件的文字"))).isNull();
	}

	@Test
	void historicalDatesStayExcludedWhenTheYearComesFromTheFile() {
		Article a = extract("2021-06-10.txt", "寻亲公告", "", "早在2017年6月29日,某人拾男婴一名,请亲生父母联系。").get(0);
		assertThat(a.date()).isEqualTo(LocalDate.of(2021, 6, 1));
		assertThat(a.datePrecision()).isEqualTo(DatePrecision.MONTH);
	}

}
