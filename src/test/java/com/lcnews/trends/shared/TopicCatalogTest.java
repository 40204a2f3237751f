package com.lcnews.trends.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicCatalogTest {

	@TempDir
	Path dir;

	@Test
	void theShippedTaxonomyDescribesEveryTopicInChinese() throws Exception {
		TopicCatalog catalog = TopicCatalog.read(Path.of("seeds/topics.csv"));

		assertThat(catalog.activeTopics()).hasSize(11);
		for (TopicCatalog.Entry e : catalog.all()) {
			assertThat(e.descriptionZh()).as(e.topic().code()).isNotBlank().doesNotContainPattern("[A-Za-z]{3,}");
			assertThat(e.keywordsZh()).as(e.topic().code()).hasSizeGreaterThanOrEqualTo(4);
		}
		var vaccination = catalog.find("vaccination").orElseThrow();
		assertThat(vaccination.keywordsZh()).contains("疫苗", "接种");
		assertThat(vaccination.zeroShotTexts()).hasSize(2).first().asString().startsWith("疫苗接种：");
	}

	@Test
	void olderFiveColumnFilesStillReadAndATopicWithoutDescriptionFallsBackToItsName() throws Exception {
		TopicCatalog catalog = TopicCatalog.parse(new StringReader("""
				code,name_zh,name_en,status,description
				education,教育,Education,active,Schools
				sports,,Sports,active,
				"""), "old.csv");

		assertThat(catalog.find("education").orElseThrow().descriptionZh()).isEmpty();
		assertThat(catalog.find("education").orElseThrow().zeroShotTexts()).containsExactly("教育");
		assertThat(catalog.find("sports").orElseThrow().zeroShotTexts()).containsExactly("Sports");
	}

	@Test
	void keywordsSplitOnChineseAndAsciiSeparatorsAndAByteOrderMarkIsSkipped() throws Exception {
		Path file = dir.resolve("topics.csv");
		Files.write(file, ("\uFEFFcode,name_zh,name_en,status,description,description_zh,keywords_zh\n"
				+ "health,医疗卫生,Health,active,x,医院和医保,医保；医院、 床位;慢性病，疾控\n").getBytes(StandardCharsets.UTF_8));

		var entry = TopicCatalog.read(file).find("health").orElseThrow();

		assertThat(entry.keywordsZh()).containsExactly("医保", "医院", "床位", "慢性病", "疾控");
		assertThat(entry.zeroShotTexts()).containsExactly("医疗卫生：医院和医保", "医保、医院、床位、慢性病、疾控");
	}

	@Test
	void errorsNameTheFileByItsFullPathAndLine() throws Exception {
		Path file = dir.resolve("bad.csv");
		Files.writeString(file, "code,name_zh,name_en,status,description\nEducation,教育,Education,active,x\n");

		assertThatThrownBy(() -> TopicCatalog.read(file)).hasMessageContaining(file.toAbsolutePath() + " line 2");
		assertThat(List.of(file.toAbsolutePath().toString())).allMatch(p -> p.startsWith("/"));
	}

}
