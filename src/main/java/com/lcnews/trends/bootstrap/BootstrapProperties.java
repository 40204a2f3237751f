package com.lcnews.trends.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * First-start settings.
 *
 * @param enabled whether an empty store is filled from the seeds when the dashboard starts
 */
@ConfigurationProperties("newstrends.bootstrap")
public record BootstrapProperties(@DefaultValue("true") boolean enabled) {
}
