package com.lcnews.trends.dashboard.ui;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.lcnews.trends.shared.Actors;
import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.audit.AuditEntry;
import com.lcnews.trends.shared.audit.AuditLog;
import com.lcnews.trends.shared.security.PasswordRules;

/**
 * Audit entries in words of the UI's language: action, target ({@code article:12} → 文章 12) and details (topic and
 * role codes by name). Pure: takes the message lookup and the topic names as functions.
 */
final class AuditText {

	private final BiFunction<String, Object[], String> messages;

	private final Function<String, String> topicName;

	/**
	 * @param messages message key and arguments to text
	 * @param topicName topic code to its display name
	 */
	AuditText(BiFunction<String, Object[], String> messages, Function<String, String> topicName) {
		this.messages = messages;
		this.topicName = topicName;
	}

	String action(AuditAction action) {
		return text("audit.action." + action.code());
	}

	/** The actor; the application's own names ({@code system}, {@code setup}, {@code configuration}) in words. */
	String actor(String actor) {
		if (AuditLog.SYSTEM.equals(actor)) {
			return text("audit.system");
		}
		return PasswordRules.RESERVED_NAMES.contains(actor) ? text("accounts.by." + actor) : actor;
	}

	/** A person's name as it is; the application's own actors ({@link Actors}) in words. */
	static String actorName(String actor, java.util.function.Function<String, String> t) {
		return Actors.ALL.contains(actor) ? t.apply("accounts.by." + actor) : actor;
	}

	String target(AuditEntry entry) {
		String kind = entry.targetKind();
		return kind.matches("article|model|import|account|address|api-token|page") ? text("audit.target." + kind, entry.targetKey())
				: entry.target();
	}

	String details(AuditEntry entry) {
		StringJoiner text = new StringJoiner("；");
		for (Map.Entry<String, String> d : entry.details().entrySet()) {
			if (d.getValue().isEmpty()) {
				continue;
			}
			String name = d.getKey().matches("[a-z]+") ? text("audit.detail." + d.getKey()) : d.getKey();
			text.add(name + "：" + value(entry.action(), d.getKey(), d.getValue()));
		}
		return text.toString();
	}

	private String value(AuditAction action, String key, String value) {
		if (action == AuditAction.CORRECTION && (key.equals("from") || key.equals("to"))) {
			return topicName.apply(value);
		}
		if (key.equals("role") || (action == AuditAction.ACCOUNT_ROLE_CHANGED && (key.equals("from") || key.equals("to")))) {
			return text("role." + value.toLowerCase(Locale.ROOT));
		}
		if (key.equals("origin")) {
			return text("origin." + value);
		}
		if (key.equals("until")) {
			try {
				return ArticleDialog.TIME.format(Instant.parse(value));
			}
			catch (DateTimeParseException ex) {
				return value;
			}
		}
		return value;
	}

	private String text(String key, Object... args) {
		String found = messages.apply(key, args);
		return found.startsWith("!") && found.endsWith("!") ? key.substring(key.lastIndexOf('.') + 1) : found;
	}

}
