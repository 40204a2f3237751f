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
 * The record of trained models (table {@code model}) and of their promotions (table {@code model_promotion}): which
 * versions exist, where their artifacts are, and which one the batch job and the dashboard use. The database is the
 * only record of the promotion; artifacts live in the data home's model folder ({@link ModelArtifacts}).
 */
@Service
public class ModelRegistry {

	/**
	 * A registered model.
	 *
	 * @param artifact where its sidecar JSON is: a file name in the model folder, or an absolute path
	 * @param metadataJson the sidecar's content when it was registered
	 */
	public record RegisteredModel(String version, Instant createdAt, String artifact, String metadataJson) {

		/** The parsed metadata. @throws IllegalStateException when the stored JSON is not model metadata */
		public ModelMetadata metadata() {
			return ModelMetadata.fromJson(metadataJson);
		}

	}

	/** One promotion of a model. */
	public record Promotion(String version, Instant promotedAt, String promotedBy) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ModelRegistry(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Registers a model once; registering a known version again changes nothing and returns false. */
	@Transactional
	public boolean register(ModelMetadata metadata, String artifact) {
		if (find(metadata.version()).isPresent()) {
			return false;
		}
		jdbc.sql("INSERT INTO model (version, created_at, artifact_path, metadata_json) VALUES (?, ?, ?, ?)")
			.params(metadata.version(), Timestamp.from(metadata.createdAt()), artifact, metadata.toJson())
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
			throw new IllegalArgumentException("Model " + version + " is not registered; known: "
					+ list().stream().map(RegisteredModel::version).toList());
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
		return jdbc.sql("SELECT version FROM model_promotion ORDER BY promoted_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
			.query(String.class)
			.optional();
	}

	/** Every promotion, oldest first. */
	public List<Promotion> promotions() {
		return jdbc.sql("SELECT version, promoted_at, promoted_by FROM model_promotion ORDER BY promoted_at, id")
			.query((rs, n) -> new Promotion(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.list();
	}

}
