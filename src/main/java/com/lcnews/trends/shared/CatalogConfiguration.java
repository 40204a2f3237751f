package com.lcnews.trends.shared;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The taxonomy and district catalog as beans, for display names everywhere. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	TopicCatalog topicCatalog(NewsTrendsProperties properties) {
		try {
			return TopicCatalog.read(properties.topicsFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the taxonomy " + properties.topicsFile().toAbsolutePath()
					+ " (newstrends.seeds-dir)", ex);
		}
	}

	@Bean
	DistrictCatalog districtCatalog() {
		return DistrictCatalog.bundled();
	}

}
