package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Scope;

import com.lcnews.trends.classify.EncodingVectorSource;
import com.lcnews.trends.classify.ModelStore;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.embed.Encoders;
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
		return new WekaTrainingService(new EncodingVectorSource(Encoders::forSpec, null), Encoders::forSpec);
	}

	@Bean
	@ConditionalOnMissingBean
	ModelStore modelStore(NewsTrendsProperties properties, TrainingService trainingService) {
		return new FileModelStore(properties.modelDir(), trainingService);
	}

	/**
	 * The promoted model, looked up anew for every injection or {@code ObjectProvider} lookup (prototype scope), so a
	 * promotion takes effect with the next classification run without a restart; each run keeps the model it got.
	 * Loaded models are cached by version.
	 */
	@Bean
	@Lazy
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	@ConditionalOnMissingBean(TopicClassifier.class)
	TopicClassifier topicClassifier(ModelStore models) {
		try {
			String version = models.promotedVersion()
				.orElseThrow(() -> new IllegalStateException("No topic model is promoted: train and promote a model first"));
			return LOADED.computeIfAbsent(models, m -> new java.util.concurrent.ConcurrentHashMap<>())
				.computeIfAbsent(version, v -> load(models, v));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the promoted model: " + ex.getMessage(), ex);
		}
	}

	private static final java.util.Map<ModelStore, java.util.Map<String, TopicClassifier>> LOADED = java.util.Collections
		.synchronizedMap(new java.util.WeakHashMap<>());

	private static TopicClassifier load(ModelStore models, String version) {
		try {
			return models.load(version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load model " + version + ": " + ex.getMessage(), ex);
		}
	}

}
