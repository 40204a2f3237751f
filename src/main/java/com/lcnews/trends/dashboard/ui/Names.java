package com.lcnews.trends.dashboard.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lcnews.trends.shared.DistrictCatalog;
import com.lcnews.trends.shared.TopicCatalog;

/** Display names of topic and district codes in the UI's language, including the special codes. */
@Component
class Names {

	/** The counted "topic" of articles the model abstained on. */
	static final String UNCLASSIFIED = "_unclassified";

	/** The district code of articles whose district is unknown. */
	static final String UNKNOWN_DISTRICT = "?";

	private final TopicCatalog topics;

	private final DistrictCatalog districts;

	Names(TopicCatalog topics, DistrictCatalog districts) {
		this.topics = topics;
		this.districts = districts;
	}

	String topic(String code, Locale locale, java.util.function.Function<String, String> messages) {
		if (code == null || UNCLASSIFIED.equals(code)) {
			return messages.apply("topic.unclassified");
		}
		return topics.displayName(code, locale);
	}

	String district(String code, Locale locale, java.util.function.Function<String, String> messages) {
		if (code == null || UNKNOWN_DISTRICT.equals(code)) {
			return messages.apply("district.unknown");
		}
		return districts.displayName(code, locale);
	}

	TopicCatalog topics() {
		return topics;
	}

	DistrictCatalog districts() {
		return districts;
	}

}
