package com.lcnews.trends.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.lcnews.trends.shared.TopicCatalog;

/**
 * What a zero-shot classifier knows of a topic: its code and the texts that describe it (from the taxonomy, see
 * {@code TopicCatalog.Entry#zeroShotTexts()}); at least one text, the topic's name when nothing else is known.
 */
public record TopicDescription(String code, List<String> texts) {

	public TopicDescription {
		texts = texts == null ? List.of() : texts.stream().filter(t -> t != null && !t.isBlank()).toList();
		if (texts.isEmpty()) {
			texts = List.of(code);
		}
	}

	/** Topics known by code only: each described by its code. */
	public static List<TopicDescription> ofCodes(List<String> codes) {
		return codes.stream().map(c -> new TopicDescription(c, List.of())).toList();
	}

	/** The active topics of a taxonomy, in its order, described by their zero-shot texts. */
	public static List<TopicDescription> active(TopicCatalog catalog) {
		return catalog.all()
			.stream()
			.filter(TopicCatalog.Entry::active)
			.map(e -> new TopicDescription(e.topic().code(), e.zeroShotTexts()))
			.toList();
	}

	/**
	 * The identity of a list of described topics (SHA-256 over codes and texts, in order): two models built from equal
	 * descriptions name the same taxonomy.
	 */
	public static String fingerprint(List<TopicDescription> topics) {
		StringBuilder all = new StringBuilder();
		for (TopicDescription t : topics) {
			all.append(t.code()).append('\t').append(String.join("\t", t.texts()).replace('\n', ' ')).append('\n');
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
