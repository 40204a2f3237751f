package com.lcnews.trends.classify.training;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.lcnews.trends.classify.LabelledText;

/**
 * Makes labelled data unable to fool its own evaluation: a text that occurs more than once (compared after folding
 * width, case and whitespace) is kept once with a warning naming both places; copies that disagree on the topic are
 * all kept (the disagreement is the labellers' to settle, a warning says where) but put in one group, so that
 * cross-validation never trains on one copy and tests on another.
 */
final class TrainingSetCheck {

	/** The texts to train on and one warning per dropped or conflicting copy. */
	record Result(List<LabelledText> texts, List<String> warnings) {
	}

	private TrainingSetCheck() {
	}

	static Result deduplicate(List<LabelledText> texts) {
		Map<String, List<LabelledText>> byKey = new LinkedHashMap<>();
		for (LabelledText t : texts) {
			byKey.computeIfAbsent(key(t.text()), k -> new ArrayList<>()).add(t);
		}
		List<String> warnings = new ArrayList<>();
		List<LabelledText> kept = new ArrayList<>();
		int dropped = 0;
		for (List<LabelledText> copies : byKey.values()) {
			LabelledText first = copies.get(0);
			if (copies.size() == 1) {
				kept.add(first);
				continue;
			}
			String group = first.group() != null ? first.group() : "copies of " + first.origin();
			Set<String> topicsKept = new HashSet<>();
			for (LabelledText copy : copies) {
				if (topicsKept.add(copy.topic().code())) {
					kept.add(copy.withGroup(group));
					if (copy != first) {
						warnings.add(copy.origin() + ": same text as " + first.origin() + " but labelled '" + copy.topic()
								+ "' instead of '" + first.topic() + "'; both kept, held out together");
					}
				}
				else {
					dropped++;
					warnings.add(copy.origin() + ": duplicate of " + first.origin() + " (same text and topic), dropped");
				}
			}
		}
		if (dropped > 0) {
			warnings.add(dropped + " duplicate labelled text(s) dropped; " + kept.size() + " distinct left");
		}
		return new Result(kept, warnings);
	}

	/**
	 * Refuses data that cannot train a classifier.
	 * @throws IllegalArgumentException when there are no texts or fewer than two topics
	 */
	static void requireTwoTopics(List<LabelledText> texts, String where) {
		Set<String> topics = new java.util.TreeSet<>();
		texts.forEach(t -> topics.add(t.topic().code()));
		if (topics.size() < 2) {
			throw new IllegalArgumentException(where + ": " + texts.size() + " labelled text(s) with "
					+ (topics.isEmpty() ? "no topic" : "only the topic " + topics)
					+ "; a classifier needs labelled texts of at least two topics");
		}
	}

	/** Comparison form of a text: NFKC, lower case, no whitespace. */
	static String key(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
	}

}
