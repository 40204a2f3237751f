package com.lcnews.trends.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The drop folder: page files put there are imported once and moved to {@code done/} or {@code failed/}.
 *
 * @param enabled whether the running dashboard watches the folder
 * @param dir the folder; null for the data home's {@code inbox/}
 * @param pollInterval how often the folder is looked at; a file is imported once its size and modification time have
 * not changed between two looks (so a file still being written is left alone)
 */
@ConfigurationProperties("newstrends.inbox")
public record InboxProperties(@DefaultValue("true") boolean enabled, Path dir,
		@DefaultValue("5s") Duration pollInterval) {
}
