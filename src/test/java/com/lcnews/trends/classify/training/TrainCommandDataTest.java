package com.lcnews.trends.classify.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

import com.lcnews.trends.classify.EncodingVectorSource;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;
import com.lcnews.trends.shared.CommandServices;
import com.lcnews.trends.shared.NewsTrendsProperties;

import picocli.CommandLine;

/**
 * Training data that could fool its own evaluation, through the {@code train} command: duplicates, one topic, a BOM,
 * and messages that name the file by its full path and line.
 */
class TrainCommandDataTest {

	@TempDir
	Path dir;

	private final StringWriter picocliErr = new StringWriter();

	private String stderr = "";

	private String stdout = "";

	private int train(Path data, String... extra) throws Exception {
		var properties = new NewsTrendsProperties(dir, Path.of("seeds"));
		var service = new WekaTrainingService(new EncodingVectorSource(Encoders::forSpec, null), Encoders::forSpec);
		Map<Class<?>, Object> beans = Map.of(TrainingData.class, new TrainingData(properties, null), TrainingService.class,
				service, ModelArtifacts.class, new ModelArtifacts(dir.resolve("models"), service), ModelRegistry.class,
				Mockito.mock(ModelRegistry.class));
		var command = new TrainModelCommand();
		command.services(new CommandServices() {

			@Override
			public <T> T get(Class<T> type) {
				return type.cast(beans.get(type));
			}

		});
		CommandLine cl = new CommandLine(command);
		PrintStream oldErr = System.err;
		PrintStream oldOut = System.out;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			// the taxonomy file, as this test opens no store (whose taxonomy is the default)
			String[] args = Stream.concat(Stream.of("--data", data.toString(), "--topics", "seeds/topics.csv", "--out", dir.resolve("models").toString(),
					"--recipes", "zero-shot,lr", "--lead", "64", "--candidate-segmenters", "words", "--folds", "3",
					"--no-learning-curve"), Stream.of(extra)).toArray(String[]::new);
			cl.parseArgs(args);
			try {
				return command.call();
			}
			catch (Exception ex) {
				// as the command frame reports a failed command
				picocliErr.append("error: ").append(ex.getMessage()).append('\n');
				return 1;
			}
		}
		finally {
			System.setErr(oldErr);
			System.setOut(oldOut);
			stderr = err.toString(StandardCharsets.UTF_8) + picocliErr;
			stdout = out.toString(StandardCharsets.UTF_8);
		}
	}

	private static final String ROWS = """
			实验小学举行开学典礼，师生参加升旗仪式,education
			幼儿园开展主题教育活动,education
			中学教师参加教学能力培训,education
			驻村工作队帮扶贫困户发展养殖,poverty
			扶贫车间让脱贫户在家门口就业,poverty
			乡村振兴示范村建设，村民收入增长,poverty
			""";

	@Test
	void duplicateRowsAreDroppedWithAWarningNamingBothLines() throws Exception {
		Path file = dir.resolve("dup.csv");
		Files.writeString(file, "text,label\n" + ROWS + "实验小学举行开学典礼，师生参加升旗仪式,education\n"
				+ "实验小学举行开学典礼， 师生参加升旗仪式,education\n");

		assertThat(train(file)).as(stderr).isZero();

		String path = file.toAbsolutePath().toString();
		assertThat(stderr).contains(path + " line 8: duplicate of " + path + " line 2")
			.contains(path + " line 9: duplicate of " + path + " line 2")
			.contains("2 duplicate labelled text(s) dropped");
		ModelMetadata metadata = onlyModel();
		assertThat(metadata.trainingData().size()).isEqualTo(6);
		assertThat(metadata.evaluation().size()).isEqualTo(6);
	}

	@Test
	void copiesWithDifferentLabelsAreKeptInOneFold() throws Exception {
		Path file = dir.resolve("conflict.jsonl");
		StringBuilder lines = new StringBuilder();
		for (String row : ROWS.strip().split("\n")) {
			String[] parts = row.split(",");
			lines.append("{\"text\":\"").append(parts[0]).append("\",\"label\":\"").append(parts[1]).append("\"}\n");
		}
		lines.append("{\"text\":\"驻村工作队帮扶贫困户发展养殖\",\"label\":\"education\"}\n");
		Files.writeString(file, lines);

		assertThat(train(file, "--topics-from-data")).as(stderr).isZero();

		assertThat(stderr).contains(file.toAbsolutePath() + " line 7: same text as " + file.toAbsolutePath() + " line 4")
			.contains("held out together");
	}

	@Test
	void dataWithOneTopicIsRefusedWithAClearMessage() throws Exception {
		Path file = dir.resolve("one.csv");
		Files.writeString(file, "text,label\n实验小学举行开学典礼,education\n幼儿园开展主题教育活动,education\n");

		assertThat(train(file)).isEqualTo(1);

		assertThat(stderr).contains(file.toAbsolutePath().toString()).contains("only the topic")
			.contains("at least two topics");
		assertThat(dir.resolve("models")).doesNotExist();
	}

	@Test
	void aCsvWithAByteOrderMarkIsReadLikeAnyOther() throws Exception {
		Path file = dir.resolve("excel.csv");
		Files.write(file, ("\uFEFFtext,label\r\n" + ROWS.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));

		assertThat(train(file)).as(stderr).isZero();

		assertThat(stdout).contains("(6 texts)");
	}

	@Test
	void anUnknownTopicNamesTheFileByItsFullPathAndLine() throws Exception {
		Path file = dir.resolve("sub").resolve("bad.csv");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "text,label\n" + ROWS + "体育比赛,sports\n");

		assertThat(train(file)).isEqualTo(1);

		assertThat(stderr).contains("error: " + file.toAbsolutePath() + " line 8: unknown topic 'sports'");
		assertThat(List.of(stderr)).noneMatch(s -> s.contains(" bad.csv line"));
	}

	private ModelMetadata onlyModel() throws Exception {
		try (Stream<Path> files = Files.list(dir.resolve("models"))) {
			List<Path> sidecars = files.filter(p -> p.toString().endsWith(".json")).toList();
			assertThat(sidecars).hasSize(1);
			return WekaTrainingService.readMetadata(sidecars.get(0));
		}
	}

}
