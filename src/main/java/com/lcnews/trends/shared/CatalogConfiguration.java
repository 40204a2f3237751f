package com.lcnews.trends.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The district catalog as a bean, for display names everywhere. Topics are not a bean of their own: they live in the
 * store and change while the application runs (see {@code shared.taxonomy.Taxonomy}).
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	DistrictCatalog districtCatalog() {
		return DistrictCatalog.bundled();
	}

}
