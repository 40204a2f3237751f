package com.lcnews.trends.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ItemProcessListener;
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
import org.springframework.batch.item.database.JdbcPagingItemReader;
import org.springframework.batch.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;

/**
 * The classification job: articles paged by id (keyset), classified by the promoted model, written with their rollup
 * changes in one transaction per chunk. Job parameters: {@code modelVersion}, {@code mode} ({@link ClassifyMode}
 * code), {@code startedBy} and {@code runId}. Every {@link StepListener} bean is registered on the step.
 */
@Configuration(proxyBeanMethods = false)
class ClassifyArticlesJobConfiguration {

	static final String JOB = "classifyArticlesJob";

	static final String STEP = "classifyArticlesStep";

	private static final String SELECT = "SELECT a.id, a.source_file, a.ordinal, a.headline, a.subheadline, a.body, "
			+ "a.kind, a.article_date, a.date_precision, a.district_code";

	@Bean
	@ConditionalOnMissingBean(ClassifierProvider.class)
	ClassifierProvider classifierProvider(ObjectProvider<TopicClassifier> classifiers) {
		return new BeanClassifierProvider(classifiers);
	}

	@Bean
	RollupStore rollupStore(JdbcTemplate jdbc) {
		return new RollupStore(jdbc);
	}

	@Bean
	@StepScope
	JdbcPagingItemReader<Article> classifyArticlesReader(DataSource dataSource, ClassifyBatchProperties properties,
			@Value("#{jobParameters['modelVersion']}") String modelVersion,
			@Value("#{jobParameters['mode']}") String mode) {
		boolean all = ClassifyMode.ofCode(mode) == ClassifyMode.ALL;
		String where = all ? null
				: "NOT EXISTS (SELECT 1 FROM classification c WHERE c.article_id = a.id AND c.model_version = :modelVersion)";
		return new JdbcPagingItemReaderBuilder<Article>().name("classifyArticlesReader")
			.dataSource(dataSource)
			.selectClause(SELECT)
			.fromClause("FROM article a")
			.whereClause(where)
			.sortKeys(Map.of("id", org.springframework.batch.item.database.Order.ASCENDING))
			.parameterValues(all ? Map.of() : Map.of("modelVersion", modelVersion))
			.pageSize(properties.chunkSize())
			.rowMapper(ClassifyArticlesJobConfiguration::article)
			.build();
	}

	@Bean
	@StepScope
	ArticleClassificationProcessor classifyArticlesProcessor(ClassifierProvider provider,
			@Value("#{jobParameters['modelVersion']}") String modelVersion) {
		TopicClassifier classifier = provider.promoted();
		if (!classifier.model().version().equals(modelVersion)) {
			throw new IllegalStateException("This run was started for model " + modelVersion
					+ " but the promoted model is now " + classifier.model().version() + "; start a new run");
		}
		return new ArticleClassificationProcessor(classifier);
	}

	@Bean
	TopicAssignmentWriter classifyArticlesWriter(JdbcTemplate jdbc, RollupStore rollups,
			ClassifyBatchProperties properties) {
		return new TopicAssignmentWriter(jdbc, rollups, properties.lowConfidence());
	}

	@Bean
	ParallelClassification parallelClassification(ClassifyBatchProperties properties) {
		return new ParallelClassification(properties.effectiveThreads());
	}

	@Bean
	Step classifyArticlesStep(JobRepository repository, PlatformTransactionManager transactionManager,
			ClassifyBatchProperties properties, JdbcPagingItemReader<Article> classifyArticlesReader,
			ArticleClassificationProcessor classifyArticlesProcessor, TopicAssignmentWriter classifyArticlesWriter,
			ParallelClassification parallel, ObjectProvider<StepListener> listeners) {
		SimpleStepBuilder<Article, Future<TopicAssignment>> builder = new StepBuilder(STEP, repository)
			.<Article, Future<TopicAssignment>>chunk(properties.chunkSize(), transactionManager)
			.reader(classifyArticlesReader)
			.processor(parallel.processor(classifyArticlesProcessor))
			.writer(parallel.writer(classifyArticlesWriter));
		listeners.orderedStream().forEach(l -> register(builder, l));
		return builder.build();
	}

	@Bean
	Job classifyArticlesJob(JobRepository repository, Step classifyArticlesStep) {
		return new JobBuilder(JOB, repository).start(classifyArticlesStep).build();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void register(SimpleStepBuilder<Article, Future<TopicAssignment>> builder, StepListener listener) {
		if (listener instanceof ChunkListener l) {
			builder.listener(l);
		}
		if (listener instanceof StepExecutionListener l) {
			builder.listener(l);
		}
		if (listener instanceof ItemReadListener<?> l) {
			builder.listener((ItemReadListener<Article>) l);
		}
		if (listener instanceof ItemProcessListener<?, ?> l) {
			builder.listener((ItemProcessListener) l);
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
