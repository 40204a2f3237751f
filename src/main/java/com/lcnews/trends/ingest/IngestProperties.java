package com.lcnews.trends.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of page ingestion.
 *
 * @param maxFileSize largest page file accepted (files and uploads); larger ones are rejected with a message
 */
@ConfigurationProperties("newstrends.ingest")
public record IngestProperties(@DefaultValue("10MB") DataSize maxFileSize) {
}
