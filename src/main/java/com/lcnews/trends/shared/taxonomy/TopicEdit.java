package com.lcnews.trends.shared.taxonomy;

import java.util.LinkedHashSet;
import java.util.List;

import com.lcnews.trends.shared.TopicCatalog;

/**
 * What a person types for a topic: its code (fixed once the topic exists), names, descriptions and keywords. Text is
 * stripped; keywords lose blanks and repeats.
 *
 * @param code the stable ASCII key, e.g. {@code flood_control}
 * @param nameZh the Chinese name shown everywhere
 * @param nameEn the English name
 * @param description what belongs to the topic, in English (for people)
 * @param descriptionZh what belongs to the topic, in the newsroom's Chinese (what the zero-shot classifier reads)
 * @param keywordsZh typical Chinese words (read too)
 */
public record TopicEdit(String code, String nameZh, String nameEn, String description, String descriptionZh,
		List<String> keywordsZh) {

	public TopicEdit {
		code = strip(code);
		nameZh = strip(nameZh);
		nameEn = strip(nameEn);
		description = strip(description);
		descriptionZh = strip(descriptionZh);
		keywordsZh = keywordsZh == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(keywordsZh.stream().flatMap(k -> TopicCatalog.keywords(strip(k)).stream()).toList()));
	}

	/** An edit with keywords typed in one field, separated by {@code ;}, {@code ；}, {@code 、}, {@code ，} or {@code ,}. */
	public static TopicEdit of(String code, String nameZh, String nameEn, String description, String descriptionZh,
			String keywords) {
		return new TopicEdit(code, nameZh, nameEn, description, descriptionZh,
				TopicCatalog.keywords(keywords == null ? "" : keywords));
	}

	/** The edit that leaves a topic as it is. */
	public static TopicEdit of(TopicCatalog.Entry entry) {
		return new TopicEdit(entry.topic().code(), entry.nameZh(), entry.nameEn(), entry.description(),
				entry.descriptionZh(), entry.keywordsZh());
	}

	/** The keywords as one field shows them. */
	public String keywordsText() {
		return String.join("、", keywordsZh);
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip();
	}

}
