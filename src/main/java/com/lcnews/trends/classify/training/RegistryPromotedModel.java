package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.classify.TopicClassifier;

/**
 * {@link PromotedModel} from the registry's latest promotion and the model folder; loaded models are kept by version,
 * so a promotion costs one load. A store with no promotion gets the bundled default first.
 */
final class RegistryPromotedModel implements PromotedModel {

	private final ModelRegistry registry;

	private final ModelArtifacts artifacts;

	private final DefaultModels defaults;

	private final Map<String, TopicClassifier> loaded = new ConcurrentHashMap<>();

	RegistryPromotedModel(ModelRegistry registry, ModelArtifacts artifacts, DefaultModels defaults) {
		this.registry = registry;
		this.artifacts = artifacts;
		this.defaults = defaults;
	}

	@Override
	public TopicClassifier classifier() {
		String version = version().orElseGet(this::promoteDefault);
		return loaded.computeIfAbsent(version, this::load);
	}

	@Override
	public Optional<String> version() {
		return registry.promotedVersion();
	}

	private String promoteDefault() {
		try {
			defaults.ensure();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No model is promoted and the bundled model cannot be installed: "
					+ ex.getMessage(), ex);
		}
		return version().orElseThrow(
				() -> new IllegalStateException("No topic model is promoted: train one and promote it first"));
	}

	private TopicClassifier load(String version) {
		var model = registry.find(version)
			.orElseThrow(() -> new IllegalStateException("The promoted model " + version + " is not registered"));
		try {
			return artifacts.load(model);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("The promoted model " + version + " cannot be loaded: " + ex.getMessage(), ex);
		}
	}

}
