package com.lcnews.trends.ingest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.lcnews.trends.ingest.internal.ArticleStore;
import com.lcnews.trends.ingest.internal.PageDecoder;
import com.lcnews.trends.ingest.internal.PageExtractor;
import com.lcnews.trends.ingest.internal.PageStore;

/** Wires the ingest internals from the bundled data files and the settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

	@Bean
	PageExtractor pageExtractor() {
		return PageExtractor.bundled();
	}

	@Bean
	PageDecoder pageDecoder(IngestProperties properties) {
		return new PageDecoder(properties.maxFileSize().toBytes());
	}

	@Bean
	PageStore pageStore(JdbcTemplate jdbc) {
		return new PageStore(jdbc);
	}

	@Bean
	ArticleStore articleStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		return new ArticleStore(jdbc, new TransactionTemplate(transactions));
	}

}
