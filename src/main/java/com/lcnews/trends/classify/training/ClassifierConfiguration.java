package com.lcnews.trends.classify.training;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.EncodingVectorSource;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.classify.TrainingService;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;
import com.lcnews.trends.shared.NewsTrendsProperties;

/**
 * The classification beans: the training engine, the model folder of the data home, the bundled defaults, and the
 * promoted model's classifier (tests and other features may supply their own {@link PromotedModel}).
 */
@Configuration(proxyBeanMethods = false)
class ClassifierConfiguration {

	/**
	 * Weka with the sentence encoders of this build; vectors of texts that are not in the store (training files) are
	 * kept in the data home's cache, so a second training on the same file runs no network.
	 */
	@Bean
	@ConditionalOnMissingBean
	TrainingService trainingService(NewsTrendsProperties properties) {
		return new WekaTrainingService(
				new EncodingVectorSource(Encoders::forSpec, properties.dataHome().cache().resolve("vectors")),
				Encoders::forSpec);
	}

	/** The sentence encoders of this build (ONNX Runtime stays behind this interface). */
	@Bean
	@ConditionalOnMissingBean
	EncoderProvider encoderProvider() {
		return Encoders::forSpec;
	}

	@Bean
	ModelArtifacts modelArtifacts(NewsTrendsProperties properties, TrainingService trainingService) {
		return new ModelArtifacts(properties.dataHome().models(), trainingService);
	}

	@Bean
	DefaultModels defaultModels(ModelRegistry registry, ModelArtifacts artifacts) {
		return new DefaultModels(registry, artifacts);
	}

	@Bean
	@ConditionalOnMissingBean(PromotedModel.class)
	PromotedModel promotedModel(ModelRegistry registry, ModelArtifacts artifacts, DefaultModels defaults) {
		return new RegistryPromotedModel(registry, artifacts, defaults);
	}

}
