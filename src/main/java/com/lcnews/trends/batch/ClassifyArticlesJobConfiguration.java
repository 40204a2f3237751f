package com.lcnews.trends.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ItemReadListener;
import org.springframework.batch.core.ItemWriteListener;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.StepListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.SimpleStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.vectors.ArticleVectors;

/**
 * The classification job: articles paged by id (keyset) and classified by the promoted model one page ahead
 * ({@link ReadAheadClassifyingReader}), written with their rollup changes in one transaction per chunk. Job parameters: {@code modelVersion}, {@code mode} ({@link ClassifyMode}
 * code), {@code startedBy} and {@code runId}. Every {@link StepListener} bean is registered on the step.
 */
@Configuration(proxyBeanMethods = false)
class ClassifyArticlesJobConfiguration {

	static final String JOB = "classifyArticlesJob";

	static final String STEP = "classifyArticlesStep";

	/** Pages read and classified ahead of the step: enough to keep the classification threads busy while it writes. */
	static final int PAGES_AHEAD = 2;

	private static final String SELECT = "SELECT a.id, a.source_file, a.ordinal, a.headline, a.subheadline, a.body, "
			+ "a.kind, a.article_date, a.date_precision, a.district_code";

	@Bean
	RollupStore rollupStore(JdbcTemplate jdbc) {
		return new RollupStore(jdbc);
	}

	/**
	 * The step's reader, bound to the run's mode and model; it classifies with the promoted model, which must still be
	 * the run's (a promotion since the run started means a new run).
	 */
	@Bean
	@StepScope
	ReadAheadClassifyingReader classifyArticlesReader(DataSource dataSource, ClassifyBatchProperties properties,
			PromotedModel promoted, ParallelClassification parallel, ArticleVectors vectors,
			@Value("#{jobParameters['modelVersion']}") String modelVersion,
			@Value("#{jobParameters['mode']}") String mode) {
		TopicClassifier classifier = promoted.classifier();
		if (!classifier.model().version().equals(modelVersion)) {
			throw new IllegalStateException("This run was started for model " + modelVersion
					+ " but the promoted model is now " + classifier.model().version() + "; start a new run");
		}
		boolean all = ClassifyMode.ofCode(mode) == ClassifyMode.ALL;
		String sql = SELECT + " FROM article a WHERE a.id > :after"
				+ (all ? "" : " AND NOT EXISTS (SELECT 1 FROM classification c WHERE c.article_id = a.id "
						+ "AND c.model_version = :modelVersion)")
				+ " ORDER BY a.id LIMIT :limit";
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
		int pageSize = properties.chunkSize();
		String encoder = classifier.encoder().map(EncoderSpec::id).orElse(null);
		LongFunction<List<ArticleToClassify>> pageAfter = after -> withVectors(vectors, encoder, jdbc.query(sql,
				Map.of("after", after, "modelVersion", modelVersion, "limit", pageSize),
				ClassifyArticlesJobConfiguration::article));
		return new ReadAheadClassifyingReader(pageAfter, pageSize, new ArticleClassificationProcessor(classifier),
				parallel.executor(), PAGES_AHEAD);
	}

	/** The page's articles with their stored vectors of {@code encoder} (none when the model reads no vectors). */
	static List<ArticleToClassify> withVectors(ArticleVectors vectors, String encoder, List<Article> page) {
		if (encoder == null || page.isEmpty()) {
			return page.stream().map(ArticleToClassify::of).toList();
		}
		Map<Long, float[]> stored = vectors.vectors(encoder, page.stream().map(Article::id).toList());
		return page.stream().map(a -> new ArticleToClassify(a, stored.get(a.id()))).toList();
	}

	@Bean
	TopicAssignmentWriter classifyArticlesWriter(JdbcTemplate jdbc, RollupStore rollups,
			ClassifyBatchProperties properties, ArticleVectors vectors) {
		return new TopicAssignmentWriter(jdbc, rollups, properties.lowConfidence(), vectors);
	}

	@Bean
	ParallelClassification parallelClassification(ClassifyBatchProperties properties) {
		return new ParallelClassification(properties.effectiveThreads());
	}

	@Bean
	Step classifyArticlesStep(JobRepository repository, PlatformTransactionManager transactionManager,
			ClassifyBatchProperties properties, ReadAheadClassifyingReader classifyArticlesReader,
			TopicAssignmentWriter classifyArticlesWriter, ParallelClassification parallel,
			ObjectProvider<StepListener> listeners) {
		// one item is a page of properties.chunkSize() articles: one page per chunk, so one transaction per page
		SimpleStepBuilder<ClassifiedPage, ClassifiedPage> builder = new StepBuilder(STEP, repository)
			.<ClassifiedPage, ClassifiedPage>chunk(1, transactionManager)
			.reader(classifyArticlesReader)
			.writer(parallel.writer(classifyArticlesWriter));
		listeners.orderedStream().forEach(l -> register(builder, l));
		return builder.build();
	}

	@Bean
	Job classifyArticlesJob(JobRepository repository, Step classifyArticlesStep) {
		return new JobBuilder(JOB, repository).start(classifyArticlesStep).build();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void register(SimpleStepBuilder<ClassifiedPage, ClassifiedPage> builder,
			StepListener listener) {
		if (listener instanceof ChunkListener l) {
			builder.listener(l);
		}
		if (listener instanceof StepExecutionListener l) {
			builder.listener(l);
		}
		if (listener instanceof ItemReadListener<?> l) {
			builder.listener((ItemReadListener) l);
		}
		if (listener instanceof ItemWriteListener<?> l) {
			builder.listener((ItemWriteListener) l);
		}
	}

	private static Article article(ResultSet rs, int row) throws SQLException {
		java.sql.Date date = rs.getDate("article_date");
		return new Article(rs.getLong("id"), rs.getString("source_file"), rs.getInt("ordinal"),
				rs.getString("headline"), rs.getString("subheadline"), rs.getString("body"), null,
				ArticleKind.ofCode(rs.getString("kind")), date == null ? null : date.toLocalDate(),
				DatePrecision.ofCode(rs.getString("date_precision")), null, rs.getString("district_code"), null);
	}

}
