package com.lcnews.trends.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import com.lcnews.trends.shared.NewsTrendsProperties;

/** The running dashboard watches the drop folder (unless {@code newstrends.inbox.enabled=false}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "newstrends.inbox.enabled", havingValue = "true", matchIfMissing = true)
class InboxConfiguration {

	@Bean(destroyMethod = "close")
	InboxWatcher inboxWatcher(InboxProperties properties, NewsTrendsProperties home, IngestService ingest) {
		Path dir = properties.dir() != null ? properties.dir() : home.dataHome().inbox();
		return new InboxWatcher(dir, ingest);
	}

	@EventListener(ApplicationReadyEvent.class)
	void startWatching(ApplicationReadyEvent event) {
		InboxWatcher watcher = event.getApplicationContext().getBean(InboxWatcher.class);
		InboxProperties properties = event.getApplicationContext().getBean(InboxProperties.class);
		try {
			watcher.start(properties.pollInterval());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the drop folder: " + ex.getMessage(), ex);
		}
	}

}
