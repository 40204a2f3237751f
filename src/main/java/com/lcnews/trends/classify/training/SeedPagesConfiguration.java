package com.lcnews.trends.classify.training;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.lcnews.trends.ingest.IngestService;

/** Seed pages are split by the same ingest pipeline that imports them, so labels and stored articles line up. */
@Configuration(proxyBeanMethods = false)
class SeedPagesConfiguration {

	@Bean
	SeedPageExtractor seedPageExtractor(IngestService ingest) {
		return ingest::extract;
	}

}
