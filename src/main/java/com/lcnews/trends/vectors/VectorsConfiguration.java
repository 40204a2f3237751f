package com.lcnews.trends.vectors;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.classify.EncoderProvider;

/** Wires the plain classes of the vector store as beans. */
@Configuration(proxyBeanMethods = false)
class VectorsConfiguration {

	@Bean
	ArticleVectors articleVectors(JdbcTemplate jdbc) {
		return new ArticleVectors(jdbc);
	}

	@Bean
	SimilarArticles similarArticles(ArticleVectors vectors) {
		return new SimilarArticles(vectors);
	}

	@Bean
	EmbeddingService embeddingService(ArticleVectors vectors, SimilarArticles similar, EncoderProvider encoders,
			DataSource dataSource) {
		return new EmbeddingService(vectors, similar, encoders, dataSource);
	}

}
