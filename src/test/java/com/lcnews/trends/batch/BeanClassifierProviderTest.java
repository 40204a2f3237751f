package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.testing.KeywordTopicClassifier;

class BeanClassifierProviderTest {

	private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

	@Test
	void suppliesTheApplicationsClassifier() {
		beans.registerSingleton("model", new KeywordTopicClassifier("kw-1"));

		assertThat(provider().promoted().model().version()).isEqualTo("kw-1");
	}

	@Test
	void refusesWithAMessageWhenNoModelIsAvailable() {
		assertThatThrownBy(() -> provider().promoted()).isInstanceOf(IllegalStateException.class)
			.hasMessage("No topic model is available: train and promote a model first");
	}

	@Test
	void namesTheReasonWhenThePromotedModelCannotBeLoaded() {
		beans.registerBeanDefinition("model", new RootBeanDefinition(TopicClassifier.class, () -> {
			throw new UncheckedIOException(new IOException("models/promoted.txt not found"));
		}));

		assertThatThrownBy(() -> provider().promoted()).isInstanceOf(IllegalStateException.class)
			.hasMessage("The promoted model cannot be used: models/promoted.txt not found");
	}

	private BeanClassifierProvider provider() {
		return new BeanClassifierProvider(beans.getBeanProvider(TopicClassifier.class));
	}

}
