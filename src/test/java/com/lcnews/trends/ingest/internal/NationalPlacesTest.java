package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.Article;

/** Places outside 聊城 from the national division table, and names of several places resolved by their context. */
class NationalPlacesTest {

	private final PageExtractor extractor = PageExtractor.bundled();

	private List<Article> extract(String... lines) {
		return extractor.extract("p.txt", String.join("\n", lines), null, null).articles();
	}

	@Test
	void aCountyOfAnotherCityIsNotLocalWithItsFullNameAsEvidence() {
		Article a = extract("牡丹区开展文明创建", "", "近日,牡丹区组织志愿者开展文明创建活动。", "", "阳谷县召开会议", "",
				"近日,阳谷县召开会议。").get(0);
		assertThat(a.districtCode()).isEqualTo("-");
		assertThat(a.districtEvidence()).contains("牡丹区").contains("山东省菏泽市牡丹区");
	}

	@Test
	void aPageOfAnotherCityIsNotLocal() {
		List<Article> page = extract("济南市召开安全生产会议", "", "本报讯 近日,济南市召开安全生产会议。", "", "社区开展义诊", "",
				"近日,某社区开展义诊活动。");
		assertThat(page).extracting(Article::districtCode).containsOnly("-");
		assertThat(page.get(1).districtEvidence()).contains("济南市");
	}

	@Test
	void aNameOfSeveralPlacesAloneDecidesNothing() {
		assertThat(extract("朝阳区开展垃圾分类", "", "近日,朝阳区开展垃圾分类活动。").get(0).districtCode()).isNull();
		assertThat(extract("城关镇开展义诊", "", "近日,城关镇开展义诊活动。").get(0).districtCode()).isNull();
	}

	@Test
	void aNameOfSeveralPlacesIsResolvedByTheProvinceOrCityNamedAroundIt() {
		Article beijing = extract("北京朝阳区开展垃圾分类", "", "近日,北京市朝阳区开展垃圾分类活动。").get(0);
		assertThat(beijing.districtCode()).isEqualTo("-");
		List<Article> page = extract("东城街道开展活动", "", "近日,东城街道开展活动。", "", "聊城开发区召开会议", "",
				"近日,聊城开发区召开会议。");
		assertThat(page.get(0).districtCode()).isEqualTo("371571");
	}

	@Test
	void aTownshipOfAnotherCityWinsOverItsNamesakeInLiaocheng() {
		// 陈集镇 is a town of 东阿县 and of the 菏泽 development zone, whose 岳程街道 the page names
		List<Article> page = extract("陈集镇开展疫苗接种", "", "近日,陈集镇开展疫苗接种。", "", "营造宣传氛围", "",
				"连日来,岳程街道开展宣传。");
		assertThat(page).extracting(Article::districtCode).containsOnly("-");
	}

	@Test
	void aCommonWordThatIsAlsoAPlaceNameNeedsItsContext() {
		assertThat(extract("城区商场客流量恢复", "", "近日,城区和郊区商场客流量恢复。").get(0).districtCode()).isNull();
		assertThat(extract("日照充足利于小麦生长", "", "近日,日照充足。").get(0).districtCode()).isNull();
	}

	@Test
	void roadsNamedAfterOtherCitiesAreNoMentionOfThem() {
		assertThat(extract("济南路改造完成", "", "近日,济南路完成改造。").get(0).districtCode()).isNull();
	}

	@Test
	void aTraditionalCharacterPageIsMatchedAndKeptAsPrinted() {
		Article a = extract("東昌府區開展志願服務", "", "本報聊城6月10日訊 近日,東昌府區開展志願服務活動。").get(0);
		assertThat(a.districtCode()).isEqualTo("371502");
		assertThat(a.headline()).isEqualTo("東昌府區開展志願服務");
		assertThat(a.body()).contains("東昌府區");
	}

	@Test
	void gazetteerHoldsTheWholeCountry() {
		// 41,352 townships, 2,978 counties, 342 prefectures and 31 provinces, many names shared
		assertThat(Gazetteer.bundled().size()).isGreaterThan(35_000);
	}

}
