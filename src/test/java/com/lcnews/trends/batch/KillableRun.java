package com.lcnews.trends.batch;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.NewsTrendsApplication;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.FixedPromotedModel;
import com.lcnews.trends.testing.KeywordTopicClassifier;

/**
 * A separate process for {@link KillRestartIT}: opens an H2 file store, optionally fills it with generated articles,
 * runs the classification job and prints {@code committed <n>} after every chunk, so the test can kill it with
 * SIGKILL in the middle of the run. Args: {@code <jdbc url> <articles to generate> <chunk size>}.
 */
public final class KillableRun {

	private static final String[] TEXTS = { "学校教育学生教师", "疫情防控核酸", "企业市场消费", "消防安全应急", "生态环境农业",
			"文明志愿", "今天天气晴", "疫苗接种", "脱贫扶贫", "会议干部政府" };

	/** Benchmark beans; not a @Configuration, so that component scanning of test classes never picks it up. */
	static class Reporting {

		@Bean
		ChunkListener committedReporter() {
			return new ChunkListener() {

				@Override
				public void afterChunk(ChunkContext context) {
					System.out.println("committed "
							+ ReadAheadClassifyingReader.articlesWritten(context.getStepContext().getStepExecution()));
					System.out.flush();
					try {
						Thread.sleep(30);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}

			};
		}

		@Bean
		@Primary
		PromotedModel keywordModel() {
			return new FixedPromotedModel(new KeywordTopicClassifier("kw-1"));
		}

	}

	public static void main(String[] args) {
		ConfigurableApplicationContext ctx = new SpringApplicationBuilder(NewsTrendsApplication.class, Reporting.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + args[0], "--newstrends.batch.chunk-size=" + args[2],
					"--logging.level.root=WARN", "--spring.main.web-application-type=none",
					"--newstrends.home=target/kill-test");
		int articles = Integer.parseInt(args[1]);
		if (articles > 0) {
			generate(ctx.getBean(JdbcTemplate.class), articles);
		}
		BatchProgress p = ctx.getBean(BatchRunService.class).run(ClassifyMode.MISSING, "kill-test");
		System.out.println("done " + p.state() + " " + p.done());
		ctx.close();
		System.exit(p.state() == BatchProgress.State.COMPLETED ? 0 : 1);
	}

	/** Generated articles: every 10th undated or coarsely dated, every 7th of unknown district, every 97th empty. */
	static void generate(JdbcTemplate jdbc, int n) {
		Timestamp now = Timestamp.from(Instant.now());
		String[] precisions = { "day", "day", "day", "month", "day", "day", "year", "day", "day", "unknown" };
		String[] districts = { "371502", "371521", "371522", "3715", "-", "371581", null };
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String p = precisions[i % precisions.length];
			LocalDate day = LocalDate.of(2021, 1, 1).plusDays(i % 700);
			LocalDate date = switch (p) {
				case "day" -> day;
				case "month" -> day.withDayOfMonth(1);
				case "year" -> day.withDayOfYear(1);
				default -> null;
			};
			String body = i % 97 == 0 ? " " : TEXTS[i % TEXTS.length] + " 第" + i + "号";
			rows.add(new Object[] { "gen.txt", i, "标题" + i, body, ArticleFixtures.sha256("gen" + i),
					date == null ? null : Date.valueOf(date), p, districts[i % districts.length], now });
		}
		jdbc.batchUpdate("INSERT INTO article (source_file, ordinal, headline, body, kind, content_hash, article_date, "
				+ "date_precision, district_code, created_at) VALUES (?, ?, ?, ?, 'article', ?, ?, ?, ?, ?)", rows);
		jdbc.update("INSERT INTO label (article_id, topic, labelled_by, labelled_at, origin) "
				+ "SELECT id, 'notice', 'seed', CURRENT_TIMESTAMP, 'seed' FROM article WHERE MOD(ordinal, 50) = 1");
	}

}
