package com.lcnews.trends.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.audit.AuditLog;
import com.lcnews.trends.shared.audit.AuditAction;

/**
 * The API clients' tokens (table {@code api_token}): issued by an administrator (the token is shown once; only its
 * SHA-256 is stored), revoked by one, and checked on every API request.
 */
@Service
public class ApiTokenService {

	/** Prefix of every token, so that a leaked one is easy to recognise. */
	public static final String PREFIX = "nt_";

	/** An issued token as listed (never the token itself). */
	public record Client(long id, String client, String role, String issuedBy, Instant issuedAt, Instant lastUsedAt,
			String revokedBy, Instant revokedAt) {

		public boolean active() {
			return revokedAt == null;
		}

	}

	/** A token just issued: the only time the token is known. */
	public record Issued(Client client, String token) {
	}

	private static final Set<String> ROLES = Set.of(Roles.EDITOR, Roles.ADMIN, Roles.SCIENTIST);

	private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ApiTokenService(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Issues a token for a client with one of the roles.
	 * @throws IllegalArgumentException when the client name is blank or the role unknown
	 */
	@Transactional
	public Issued issue(String client, String role, String by) {
		if (client == null || client.isBlank() || client.length() > 128) {
			throw new IllegalArgumentException("A client name of 1 to 128 characters is needed");
		}
		if (!ROLES.contains(role)) {
			throw new IllegalArgumentException("Unknown role '" + role + "'; use one of " + ROLES);
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = Instant.now();
		jdbc.sql("INSERT INTO api_token (client, token_sha256, role, issued_by, issued_at) VALUES (?, ?, ?, ?, ?)")
			.params(client.strip(), sha256(token), role, by, Timestamp.from(now))
			.update();
		long id = jdbc.sql("SELECT id FROM api_token WHERE token_sha256 = ?").param(sha256(token)).query(Long.class).single();
		audit.record(AuditAction.API_TOKEN_ISSUED, by, "api-token:" + id, Map.of("client", client.strip(), "role", role));
		return new Issued(find(id).orElseThrow(), token);
	}

	/** Revokes a token at once; returns false when it was already revoked or does not exist. */
	@Transactional
	public boolean revoke(long id, String by) {
		boolean revoked = jdbc.sql("UPDATE api_token SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(by, Timestamp.from(Instant.now()), id)
			.update() == 1;
		if (revoked) {
			audit.record(AuditAction.API_TOKEN_REVOKED, by, "api-token:" + id, Map.of());
		}
		return revoked;
	}

	/** Every token ever issued, newest first. */
	public List<Client> list() {
		return jdbc.sql(SELECT + " ORDER BY issued_at DESC, id DESC").query((rs, n) -> client(rs)).list();
	}

	/** The active client a token belongs to; records when it was last used (at most once a minute). */
	public Optional<Client> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<Client> client = jdbc.sql(SELECT + " WHERE token_sha256 = ? AND revoked_at IS NULL")
			.param(sha256(token))
			.query((rs, n) -> client(rs))
			.optional();
		client.filter(c -> c.lastUsedAt() == null || c.lastUsedAt().isBefore(Instant.now().minus(USE_RECORDED_EVERY)))
			.ifPresent(c -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
				.params(Timestamp.from(Instant.now()), c.id())
				.update());
		return client;
	}

	private Optional<Client> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, n) -> client(rs)).optional();
	}

	private static final String SELECT = "SELECT id, client, role, issued_by, issued_at, last_used_at, revoked_by, "
			+ "revoked_at FROM api_token";

	private static Client client(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Client(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)),
				instant(rs.getTimestamp(6)), rs.getString(7), instant(rs.getTimestamp(8)));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
