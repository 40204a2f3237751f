package com.lcnews.trends.vectors;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.NewsTrendsApplication;
import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.HashingEncoder;

/**
 * A separate process for {@link EmbeddingKillRestartIT}: opens a store, optionally fills it with generated articles
 * (reprints among them), then runs the application's embedding step for two encoder specs in turn and prints
 * {@code embedded <spec> <n>} after every stored batch, so that the test can kill it with SIGKILL in the middle. The
 * test encoder pauses per text as the real model takes time. Given a number of articles to hold after, the process
 * stops for good inside the transaction of the first batch after that many articles of the first spec, as it writes
 * the batch's copies (its vectors written, not committed), and prints {@code holding in copies}: the test kills it
 * there. Args: {@code <jdbc url> <user> <password> <articles to generate> <pause per text, ms> <hold after, 0: none>}.
 */
public final class KillableEmbedding {

	/** The two specs embedded, in this order. */
	static final List<EncoderSpec> SPECS = List.of(HashingEncoder.SPEC, HashingEncoder.SPEC.withLeadChars(64));

	private static final String[] SENTENCES = { "市教育局召开全市中小学开学工作会议", "东昌府区开展燃气安全隐患排查整治",
			"临清市农民合作社扩大蔬菜种植面积", "冠县人民医院开通胸痛中心绿色通道", "阳谷县举办乡村振兴人才招聘会",
			"莘县环保部门检查企业污水处理设施", "高唐县志愿者走进社区开展文明劝导", "茌平区消防救援大队组织高层建筑演练",
			"东阿县阿胶产业园新建项目开工", "度假区湿地公园迎来候鸟越冬", "经开区企业订单增长出口形势向好",
			"高新区科技企业申报专利数量创新高", "市疾控中心提醒市民接种流感疫苗", "交警部门整治电动车不戴头盔行为",
			"图书馆开展暑期少儿阅读活动", "供电公司完成老旧小区线路改造" };

	private static volatile long pauseMillis;

	/** Set once the first spec stored enough articles: the next write of copies holds. */
	private static volatile boolean holdAtCopies;

	/** Test beans; not a @Configuration, so that component scanning of test classes never picks it up. */
	static class SlowEncoder {

		@Bean
		@Primary
		EncoderProvider slowTestEncoders() {
			return new HashingEncoder(pauseMillis).provider();
		}

		@Bean
		@Primary
		JdbcTemplate holdingJdbc(DataSource dataSource) {
			return new HoldingJdbc(dataSource);
		}

	}

	/** Holds forever in the first write of copies once {@link #holdAtCopies} is set. */
	static final class HoldingJdbc extends JdbcTemplate {

		HoldingJdbc(DataSource dataSource) {
			super(dataSource);
		}

		private static void maybeHold(String sql) {
			if (holdAtCopies && sql.contains("INSERT INTO article_copy")) {
				System.out.println("holding in copies");
				System.out.flush();
				try {
					Thread.sleep(Long.MAX_VALUE);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		@Override
		public int update(String sql, Object... args) {
			maybeHold(sql);
			return super.update(sql, args);
		}

		@Override
		public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
			maybeHold(sql);
			return super.batchUpdate(sql, batchArgs);
		}

	}

	public static void main(String[] args) {
		pauseMillis = Long.parseLong(args[4]);
		long holdAfter = Long.parseLong(args[5]);
		ConfigurableApplicationContext ctx = new SpringApplicationBuilder(NewsTrendsApplication.class, SlowEncoder.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
					"--spring.datasource.password=" + args[2], "--logging.level.root=WARN",
					"--spring.main.web-application-type=none", "--newstrends.home=target/embed-kill-test/home");
		int articles = Integer.parseInt(args[3]);
		if (articles > 0) {
			generate(ctx.getBean(JdbcTemplate.class), articles);
		}
		EmbeddingService embedding = ctx.getBean(EmbeddingService.class);
		boolean completed = true;
		for (EncoderSpec spec : SPECS) {
			EmbeddingProgress last = embedding.embedMissing(spec, p -> {
				if (p.state() == EmbeddingProgress.State.RUNNING && p.done() > 0) {
					System.out.println("embedded " + spec.id() + " " + p.done());
					System.out.flush();
					holdAtCopies = holdAfter > 0 && spec.equals(SPECS.get(0)) && p.done() >= holdAfter;
				}
			});
			System.out.println("done " + spec.id() + " " + last.state() + " " + last.done() + " " + last.message());
			completed &= last.state() == EmbeddingProgress.State.COMPLETED;
		}
		ctx.close();
		System.exit(completed ? 0 : 1);
	}

	/**
	 * Generated articles, ordinal {@code 0..n-1}: a sentence and 80 characters drawn at random (seeded by the
	 * ordinal); every
	 * tenth (ordinal 7, 17, ...) reprints an earlier one with a note added, 1, 5, 40 or 300 articles back (in the
	 * same batch, the next one or far away); every 101st is blank.
	 */
	static void generate(JdbcTemplate jdbc, int n) {
		Timestamp now = Timestamp.from(Instant.now());
		String[] headlines = new String[n];
		String[] bodies = new String[n];
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int back = reprintDistance(i);
			if (back > 0 && i - back >= 0) {
				headlines[i] = headlines[i - back];
				bodies[i] = bodies[i - back] + "（转载自聊城日报）";
			}
			else if (i % 101 == 0) {
				headlines[i] = "";
				bodies[i] = " \n ";
			}
			else {
				headlines[i] = "第" + i + "条：" + SENTENCES[i % SENTENCES.length];
				bodies[i] = SENTENCES[(i * 7) % SENTENCES.length] + "，" + characters(i, 80) + "。";
			}
			rows.add(new Object[] { "gen-embed.txt", i, headlines[i], bodies[i], ArticleFixtures.sha256("embed" + i), now });
		}
		jdbc.batchUpdate("INSERT INTO article (source_file, ordinal, headline, body, kind, content_hash, date_precision, "
				+ "created_at) VALUES (?, ?, ?, ?, 'article', ?, 'unknown', ?)", rows);
	}

	/** {@code n} characters drawn from the sentences' characters by a generator seeded with {@code seed}. */
	private static String characters(int seed, int n) {
		String pool = String.join("", SENTENCES);
		StringBuilder out = new StringBuilder(n);
		long x = seed * 2_654_435_761L + 1;
		for (int i = 0; i < n; i++) {
			x = x * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
			out.append(pool.charAt((int) Math.floorMod(x >>> 33, (long) pool.length())));
		}
		return out.toString();
	}

	/** How many articles back the article of ordinal {@code i} reprints, 0 when it is no reprint. */
	static int reprintDistance(int i) {
		return i % 10 != 7 ? 0 : new int[] { 1, 5, 40, 300 }[i / 10 % 4];
	}

}
