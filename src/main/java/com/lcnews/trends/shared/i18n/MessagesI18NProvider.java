package com.lcnews.trends.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Text the user sees, from {@code messages_zh_CN.properties} (first) and {@code messages_en.properties}. Any other
 * locale gets Chinese. A missing key shows as {@code !key!} so it stands out in screenshots and tests.
 */
@Component
public class MessagesI18NProvider implements I18NProvider {

	/** Chinese, the default. */
	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** English, the second language. */
	public static final Locale ENGLISH = Locale.ENGLISH;

	private static final String BUNDLE = "messages";

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return List.of(CHINESE, ENGLISH);
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
		try {
			String pattern = bundle.getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
		}
		catch (MissingResourceException ex) {
			return "!" + key + "!";
		}
	}

	/** The supported locale closest to the given one: English for any English locale, Chinese otherwise. */
	public static Locale supported(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
	}

}
