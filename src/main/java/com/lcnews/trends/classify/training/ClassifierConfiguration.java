package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import com.lcnews.trends.classify.ModelStore;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.weka.WekaTrainingService;
import com.lcnews.trends.shared.NewsTrendsProperties;

/**
 * The classification beans: the training engine, the model folder, and the promoted model as the application's
 * {@link TopicClassifier} (loaded once, on first use; tests and other features may supply their own).
 */
@Configuration(proxyBeanMethods = false)
class ClassifierConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TrainingService trainingService() {
		return new WekaTrainingService();
	}

	@Bean
	@ConditionalOnMissingBean
	ModelStore modelStore(NewsTrendsProperties properties, TrainingService trainingService) {
		return new FileModelStore(properties.modelDir(), trainingService);
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean(TopicClassifier.class)
	TopicClassifier topicClassifier(ModelStore models) {
		try {
			return models.loadPromoted();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the promoted model: " + ex.getMessage(), ex);
		}
	}

}
