package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.Article;

class DistrictResolverTest {

	private final PageExtractor extractor = PageExtractor.bundled();

	private List<Article> extract(String home, String... lines) {
		return extractor.extract("p.txt", String.join("\n", lines), null, home).articles();
	}

	@Test
	void aTownInTheHeadlineGivesItsCounty() {
		assertThat(extract(null, "张炉集镇中心小学召开期末复习动员大会", "", "近日,学校召开大会。").get(0).districtCode()).isEqualTo("371502");
	}

	@Test
	void streetsAdministeredByAZoneGoToTheZone() {
		assertThat(extract(null, "聊城开发区北城做好申报", "", "近期,北城街道办事处积极开展申报。").get(0).districtCode()).isEqualTo("371571");
		assertThat(extract(null, "九州街道农贸市场开业", "", "近日,九州街道农贸市场开业。").get(0).districtCode()).isEqualTo("371572");
		// 湖西街道 is also the name of streets in other provinces: a 聊城 page tells which one is meant
		assertThat(extract(null, "湖西街道开展活动", "", "本报聊城讯 近日,湖西街道开展活动。").get(0).districtCode()).isEqualTo("371573");
		assertThat(extract(null, "湖西街道开展活动", "", "近日,湖西街道开展活动。").get(0).districtCode()).isNull();
	}

	@Test
	void aHeadlineNamingTheCityBeatsCountiesListedInTheBody() {
		Article a = extract(null, "市中心城区规划146处农贸市场", "", "本报聊城6月10日讯 会议介绍了规划。",
				"分别规划在侯营镇和许营镇,东昌府区有8处,茌平区2处,开发区1处。").get(0);
		assertThat(a.districtCode()).isEqualTo("3715");
		assertThat(a.districtEvidence()).contains("headline").contains("市中心城区");
	}

	@Test
	void ourDistrictMeansTheHomeDistrictFromTheDateline() {
		List<Article> page = extract(null, "区委常委会会议召开", "", "东昌讯 12月30日,区委书记主持召开会议。", "", "我区商场客流量恢复", "",
				"元旦期间,我区商场客流量恢复明显。");
		assertThat(page).extracting(Article::districtCode).containsExactly("371502", "371502");
	}

	@Test
	void ourDistrictWithoutAnyHintOfTheHomeStaysUnknown() {
		assertThat(extract(null, "我区加强体育场所疫情防控", "", "近日,我区开展督导检查。").get(0).districtCode()).isNull();
	}

	@Test
	void theHomeDistrictFromMetadataIsAlsoTheDefault() {
		List<Article> page = extract("371526", "我区加强体育场所疫情防控", "", "近日,我区开展督导检查。", "", "酒店做好消杀", "",
				"近日,某酒店做好消杀。");
		assertThat(page).extracting(Article::districtCode).containsExactly("371526", "371526");
	}

	@Test
	void anotherCitysPageIsNotLocalEvenWhenATownNameCollides() {
		List<Article> page = extract(null, "市开发区织牢疫情防控网", "", "近日,市开发区严格落实措施。", "", "村党支部书记华凤霞", "",
				"在市开发区陈集镇张胡同村换届选举中,华凤霞当选。", "", "讲文明 树新风", "菏泽市原创公益广告");
		assertThat(page).extracting(Article::districtCode).containsOnly("-");
		assertThat(page.get(0).districtEvidence()).contains("菏泽");
	}

	@Test
	void zoneShortFormsCountOnALiaochengPage() {
		List<Article> page = extract(null, "市开发区加大养老扶贫力度", "", "今年以来,市开发区宣传养老保险政策。", "", "聊城市召开会议", "",
				"近日,聊城市召开会议。");
		assertThat(page.get(0).districtCode()).isEqualTo("371571");
	}

	@Test
	void aNoticeIsPlacedByTheCountyInItsRegistrationNumber() {
		Article a = extract(null, "声明", "", "聊城市某公司(注册号:91371502MA3M7NUQ7G)遗失印鉴卡,特此声明。", "", "聊城市某公司",
				"2021年6月10日").get(0);
		assertThat(a.districtCode()).isEqualTo("371502");
	}

	@Test
	void aReprintFromANationalMediumIsNotLocal() {
		Article a = extract(null, "做好防疫与稳经济“双统筹”", "", "疫情尚未远去,发展不能停步。", "(经济日报)").get(0);
		assertThat(a.districtCode()).isEqualTo("-");
	}

	@Test
	void aTwoCharacterTownShortFormNeedsAnInstitutionAfterIt() {
		assertThat(extract(null, "寻亲公告", "", "某人在临博路康庄路段拾女婴一名,或与松林派出所联系。", "2021年6月10日").get(0).districtCode())
			.isEqualTo("371581");
		assertThat(extract(null, "走上康庄大道", "", "近日,某村走上康庄大道。").get(0).districtCode()).isNull();
	}

	@Test
	void manyDistrictsWithNoneDominantMeanCityWide() {
		Article a = extract(null, "各县区开展安全检查", "", "近日,东昌府区、临清市、冠县、莘县开展安全检查。").get(0);
		assertThat(a.districtCode()).isEqualTo("3715");
	}

	@Test
	void onTheOwnPaperOfACountyLevelCityOurCityMeansThatCity() {
		List<Article> page = extract(null, "我市召开安全生产会议", "", "临清讯 近日,我市召开安全生产会议。", "", "全市开展消防检查", "",
				"近日,全市开展消防检查。");
		assertThat(page).extracting(Article::districtCode).containsExactly("371581", "371581");
	}

	@Test
	void countyPapersSayOurCounty() {
		List<Article> page = extract(null, "县委常委会召开", "", "阳谷讯 近日,县委常委会召开。", "", "我县推进乡村振兴", "",
				"今年以来,我县推进乡村振兴。");
		assertThat(page).extracting(Article::districtCode).containsExactly("371521", "371521");
	}

	@Test
	void aQuotedPlaceReachesTheEdgesOfItsClauseOrMarksWhereItIsCut() {
		assertThat(DistrictResolver.snippet("近日,东昌府区古楼街道开展活动。", 3, 7)).isEqualTo("东昌府区古楼街道开展活动");
		String longClause = "会议指出要在全市范围内深入推进东昌府区古楼街道办事处老旧小区改造提升工程建设工作";
		int at = longClause.indexOf("东昌府区");
		assertThat(DistrictResolver.snippet(longClause, at, at + 4))
			.isEqualTo("…" + longClause.substring(at - 12, at + 4 + 12) + "…");
		assertThat(DistrictResolver.snippet("东昌府区\n召开会议", 0, 4)).isEqualTo("东昌府区");
	}

}
