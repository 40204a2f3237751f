package com.lcnews.trends.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The taxonomy and district catalog as beans, for display names everywhere. The taxonomy is the bundled one, or the
 * {@code topics.csv} of {@code newstrends.seeds-dir} when that is set.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	TopicCatalog topicCatalog(NewsTrendsProperties properties) {
		if (properties.seedsDir() != null) {
			Path file = SeedFolder.of(properties.seedsDir()).topics();
			try {
				return TopicCatalog.read(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the taxonomy " + file.toAbsolutePath()
						+ " (newstrends.seeds-dir)", ex);
			}
		}
		try (Reader reader = SeedFolder.bundledTopics()) {
			return TopicCatalog.parse(reader, SeedFolder.BUNDLED + "topics.csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled taxonomy", ex);
		}
	}

	@Bean
	DistrictCatalog districtCatalog() {
		return DistrictCatalog.bundled();
	}

}
