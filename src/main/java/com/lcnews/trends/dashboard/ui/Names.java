package com.lcnews.trends.dashboard.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lcnews.trends.shared.DistrictCatalog;
import com.lcnews.trends.shared.TopicCatalog;
import com.lcnews.trends.shared.taxonomy.Taxonomy;

/**
 * Display names of topic and district codes in the UI's language, including the special codes. Topic names come from
 * the store's taxonomy as it is now, so an edit shows at the next draw.
 */
@Component
class Names {

	/** The counted "topic" of articles the model abstained on. */
	static final String UNCLASSIFIED = "_unclassified";

	/** The district code of articles whose district is unknown. */
	static final String UNKNOWN_DISTRICT = "?";

	private final Taxonomy taxonomy;

	private final DistrictCatalog districts;

	Names(Taxonomy taxonomy, DistrictCatalog districts) {
		this.taxonomy = taxonomy;
		this.districts = districts;
	}

	String topic(String code, Locale locale, java.util.function.Function<String, String> messages) {
		if (code == null || UNCLASSIFIED.equals(code)) {
			return messages.apply("topic.unclassified");
		}
		return taxonomy.current().displayName(code, locale);
	}

	String district(String code, Locale locale, java.util.function.Function<String, String> messages) {
		if (code == null || UNKNOWN_DISTRICT.equals(code)) {
			return messages.apply("district.unknown");
		}
		return districts.displayName(code, locale);
	}

	/** The taxonomy as it is now. */
	TopicCatalog topics() {
		return taxonomy.current();
	}

	DistrictCatalog districts() {
		return districts;
	}

}
