package com.lcnews.trends.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class I18nPropertiesSyncTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

	@Test
	void everyKeyExistsInBothLanguages() throws IOException {
		Properties zh = load("/messages_zh_CN.properties");
		Properties en = load("/messages_en.properties");

		assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys missing in English")
			.containsAll(zh.stringPropertyNames());
		assertThat(new TreeSet<>(zh.stringPropertyNames())).as("keys missing in Chinese")
			.containsAll(en.stringPropertyNames());
	}

	@Test
	void translationsUseTheSamePlaceholders() throws IOException {
		Properties zh = load("/messages_zh_CN.properties");
		Properties en = load("/messages_en.properties");
		for (String key : zh.stringPropertyNames()) {
			assertThat(placeholders(en.getProperty(key, ""))).as("placeholders of " + key)
				.isEqualTo(placeholders(zh.getProperty(key)));
		}
	}

	@Test
	void noValueIsBlank() throws IOException {
		for (String file : new String[] { "/messages_zh_CN.properties", "/messages_en.properties" }) {
			Properties p = load(file);
			for (String key : p.stringPropertyNames()) {
				assertThat(p.getProperty(key)).as(file + " " + key).isNotBlank();
			}
		}
	}

	@Test
	void providerServesChineseByDefaultAndEnglishOnRequest() {
		MessagesI18NProvider provider = new MessagesI18NProvider();
		assertThat(provider.getTranslation("nav.trends", Locale.GERMAN)).isEqualTo("话题趋势");
		assertThat(provider.getTranslation("nav.trends", Locale.US)).isEqualTo("Topic trends");
		assertThat(provider.getTranslation("no.such.key", Locale.CHINA)).isEqualTo("!no.such.key!");
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(value);
		while (m.find()) {
			found.add(m.group().replaceAll("[^0-9]", ""));
		}
		return found;
	}

	private static Properties load(String resource) throws IOException {
		Properties p = new Properties();
		try (InputStream in = I18nPropertiesSyncTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

}
