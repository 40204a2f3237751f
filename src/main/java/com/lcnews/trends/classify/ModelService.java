package com.lcnews.trends.classify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.audit.AuditLog;

/**
 * The models known to the store (table {@code model}) and their promotions (table {@code model_promotion}), so that
 * classifications and trend charts can say which model made them and when it changed.
 */
@Service
public class ModelService {

	/** A registered model. */
	public record RegisteredModel(String version, Instant createdAt, String artifactPath, String metadataJson) {
	}

	/** One promotion of a model. */
	public record Promotion(String version, Instant promotedAt, String promotedBy) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ModelService(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Registers a model once; registering a known version again changes nothing and returns false. */
	@Transactional
	public boolean register(String version, Instant createdAt, String artifactPath, String metadataJson) {
		if (find(version).isPresent()) {
			return false;
		}
		jdbc.sql("INSERT INTO model (version, created_at, artifact_path, metadata_json) VALUES (?, ?, ?, ?)")
			.params(version, Timestamp.from(createdAt), artifactPath, metadataJson)
			.update();
		return true;
	}

	/** A registered model by version. */
	public Optional<RegisteredModel> find(String version) {
		return jdbc.sql("SELECT version, created_at, artifact_path, metadata_json FROM model WHERE version = ?")
			.param(version)
			.query((rs, n) -> new RegisteredModel(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4)))
			.optional();
	}

	/** All registered models, oldest first. */
	public List<RegisteredModel> list() {
		return jdbc.sql("SELECT version, created_at, artifact_path, metadata_json FROM model ORDER BY created_at, version")
			.query((rs, n) -> new RegisteredModel(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/**
	 * Records that a registered model is now the promoted one (and who did it, in the audit log).
	 * @throws IllegalArgumentException when the version is not registered
	 */
	@Transactional
	public Promotion promote(String version, String by, Instant at) {
		if (find(version).isEmpty()) {
			throw new IllegalArgumentException("Model " + version + " is not registered; register it before promoting");
		}
		Optional<String> previous = promotedVersion();
		jdbc.sql("INSERT INTO model_promotion (version, promoted_at, promoted_by) VALUES (?, ?, ?)")
			.params(version, Timestamp.from(at), by)
			.update();
		audit.record(AuditAction.PROMOTION, by, "model:" + version, Map.of("previous", previous.orElse("")));
		return new Promotion(version, at, by);
	}

	/** The version of the latest promotion, if any. */
	public Optional<String> promotedVersion() {
		return promotions().stream().reduce((first, second) -> second).map(Promotion::version);
	}

	/** Every promotion, oldest first. */
	public List<Promotion> promotions() {
		return jdbc.sql("SELECT version, promoted_at, promoted_by FROM model_promotion ORDER BY promoted_at, id")
			.query((rs, n) -> new Promotion(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.list();
	}

}
