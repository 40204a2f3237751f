package com.lcnews.trends.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lcnews.trends.classify.EncodingVectorSource;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.TopicCatalog;

/**
 * Embedding recipes with the real bge-small-zh model (one shared instance): zero-shot from the taxonomy's
 * descriptions, training that compares recipes on grouped folds, a written model that classifies from stored vectors.
 */
class EmbeddingRecipesTest {

	static final TextEncoder ENCODER = Encoders.forSpec(Encoders.defaultSpec().withLeadChars(128));

	static final List<String> TOPICS = List.of("education", "poverty", "notice", "safety");

	@TempDir
	static Path models;

	static List<TopicDescription> descriptions;

	static List<LabelledText> data;

	static ModelMetadata trained;

	@BeforeAll
	static void train() throws Exception {
		TopicCatalog catalog = TopicCatalog.read(Path.of("seeds/topics.csv"));
		descriptions = TOPICS.stream()
			.map(c -> new TopicDescription(c, catalog.find(c).orElseThrow().zeroShotTexts()))
			.toList();
		data = new ArrayList<>();
		String[][] pages = {
				{ "education", "实验小学举行开学典礼，师生参加升旗仪式", "poverty", "驻村工作队帮扶贫困户发展养殖", "notice", "营业执照遗失声明" },
				{ "education", "幼儿园开展安全教育主题活动，老师带领孩子做游戏", "poverty", "扶贫车间让脱贫户在家门口就业", "safety", "消防大队开展高层建筑火灾隐患排查" },
				{ "notice", "关于注销某合作社的公告，请债权人申报债权", "safety", "全市开展燃气安全专项整治", "education", "中学教师参加教学能力培训" },
				{ "poverty", "乡村振兴示范村建设，村民收入稳步增长", "safety", "应急管理局组织防溺水演练", "notice", "寻亲启事：寻找失散多年的亲人" } };
		for (int p = 0; p < pages.length; p++) {
			for (int i = 0; i < pages[p].length; i += 2) {
				data.add(new LabelledText(pages[p][i + 1], new Topic(pages[p][i]), null, "page " + p + " item " + i / 2,
						"page-" + p));
			}
		}
		var service = new WekaTrainingService(new EncodingVectorSource(Encoders::forSpec, null), Encoders::forSpec);
		var options = new TrainingOptions("emb", "words", "nbm", List.of("words"), List.of("nbm"), 4, 1, 42, 0.5, false,
				TrainingOptions.EMBEDDING_RECIPES, List.of(64, 128), Encoders.BGE_SMALL_ZH_Q8);
		trained = service.train(data, descriptions, source("taxonomy"), source("fixture"), options, models, m -> {
		});
	}

	@Test
	void zeroShotFromDescriptionsAloneClassifiesBeforeAnyLabel() {
		var service = new WekaTrainingService(null, Encoders::forSpec);
		long start = System.nanoTime();
		TopicClassifier zeroShot = service.zeroShot(descriptions, ENCODER.spec());
		double millis = (System.nanoTime() - start) / 1e6;

		assertThat(zeroShot.classify("临清市第二中学举行新学期家长会，教师介绍教学计划").best().code()).isEqualTo("education");
		assertThat(zeroShot.classify("某物流公司公章遗失，特此声明作废").best().code()).isEqualTo("notice");
		assertThat(zeroShot.classify("茌平区开展危化品企业安全生产大检查，排查隐患").best().code()).isEqualTo("safety");
		assertThat(zeroShot.encoder()).contains(ENCODER.spec());
		System.out.printf("zero-shot classifier of %d topics built in %.0f ms%n", descriptions.size(), millis);
	}

	@Test
	void aTopicAddedOrRedescribedTakesEffectAtOnce() {
		var service = new WekaTrainingService(null, Encoders::forSpec);
		List<TopicDescription> more = new ArrayList<>(descriptions);
		more.add(new TopicDescription("sports", List.of("体育赛事：运动会、马拉松、足球篮球比赛和全民健身活动")));

		TopicClassifier zeroShot = service.zeroShot(more, ENCODER.spec());

		assertThat(zeroShot.classify("聊城国际马拉松鸣枪开跑，两万名跑者参赛").best().code()).isEqualTo("sports");
		assertThat(zeroShot.topics()).extracting(Topic::code).contains("sports");
	}

	@Test
	void topicWithoutDescriptionFallsBackToItsName() {
		assertThat(new TopicDescription("sports", List.of(" ")).texts()).containsExactly("sports");
		assertThat(TopicDescription.ofCodes(List.of("a1")).get(0).texts()).containsExactly("a1");
	}

	@Test
	void reportListsEveryRecipeWithWhatItReads() {
		var report = trained.evaluation();
		var names = report.candidates().stream().map(c -> c.recipe()).toList();

		assertThat(names).containsExactlyInAnyOrder("zero-shot@64", "prototypes@64", "lr@64", "nbm/words",
				"lr@64+nbm/words", "prototypes@64+nbm/words");
		assertThat(names).as("128 characters read what 64 read of these short texts: not compared twice")
			.noneMatch(n -> n.contains("@128"));
		assertThat(report.recipe()).isEqualTo(names.get(0));
		assertThat(report.folds()).isEqualTo(4);
		assertThat(report.candidates()).filteredOn(c -> c.recipe().startsWith("zero-shot"))
			.allSatisfy(c -> assertThat(c.learner()).isEqualTo("zero-shot"));
		assertThat(report.calibration().eceAfter()).isBetween(0.0, 1.0);
		assertThat(trained.recipe()).isEqualTo(report.recipe());
		if (!report.recipe().startsWith("nbm")) {
			assertThat(trained.encoder()).startsWith("bge-small-zh-v1.5-q8/lead-");
			assertThat(report.reads()).contains("headline + lead");
		}
	}

	@Test
	void storedVectorsClassifyLikeTheTextAndWithoutTheNetwork() throws Exception {
		TopicClassifier model = new WekaTrainingService(null, Encoders::forSpec).load(models.resolve(trained.version() + ".json"));
		TopicClassifier offline = new WekaTrainingService().load(models.resolve(trained.version() + ".json"));
		String text = "高唐县开展校园安全隐患排查，检查消防设施";

		Prediction fromText = model.classify(text);
		if (model.encoder().isPresent()) {
			float[] stored = com.lcnews.trends.classify.VectorCodec.decode(com.lcnews.trends.classify.VectorCodec
				.encode(Encoders.forSpec(model.encoder().get()).encode(text)));
			Prediction fromVector = offline.classify(text, stored);
			assertThat(fromVector.best()).isEqualTo(fromText.best());
			assertThat(fromVector.confidence()).isCloseTo(fromText.confidence(), within(0.02));
			assertThatThrownBy(() -> offline.classify(text, new float[3])).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> offline.classify(text)).hasMessageContaining("stored vector");
		}
	}

	@Test
	void emptyTextAbstainsAndBadTextNeverFails() throws Exception {
		TopicClassifier model = new WekaTrainingService(null, Encoders::forSpec).load(models.resolve(trained.version() + ".json"));

		assertThat(model.classify("").unclassified()).isTrue();
		assertThat(model.classify(" \n\t").unclassified()).isTrue();
		assertThat(model.classify(null).unclassified()).isTrue();
		for (String odd : List.of("مرحبا بالعالم", "🙂".repeat(50), "安全".repeat(500_000))) {
			Prediction p = model.classify(odd);
			assertThat(p.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
		}
	}

	@Test
	void loadedModelIsThreadSafe() throws Exception {
		TopicClassifier model = new WekaTrainingService(null, Encoders::forSpec).load(models.resolve(trained.version() + ".json"));
		List<String> texts = data.stream().map(LabelledText::text).toList();
		List<Double> expected = texts.stream().map(t -> model.classify(t).confidence()).toList();
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<Double>>> runs = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				runs.add(pool.submit(() -> texts.stream().map(t -> model.classify(t).confidence()).toList()));
			}
			for (var run : runs) {
				assertThat(run.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static ModelMetadata.Source source(String name) {
		return new ModelMetadata.Source(name, "0".repeat(64), 12);
	}

}
