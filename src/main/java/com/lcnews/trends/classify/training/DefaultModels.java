package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

import com.lcnews.trends.shared.Actors;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelRegistry;

/**
 * The models bundled in the application, made known to the store: each is copied into the model folder and
 * registered; when nothing has been promoted yet, the newest bundled model is promoted, so a new store classifies
 * before anyone trains.
 */
public class DefaultModels {

	/** Who a promotion of the bundled default is recorded as made by. */
	public static final String PROMOTER = Actors.DEFAULTS;

	private static final Logger log = LoggerFactory.getLogger(DefaultModels.class);

	private final ModelRegistry registry;

	private final ModelArtifacts artifacts;

	DefaultModels(ModelRegistry registry, ModelArtifacts artifacts) {
		this.registry = registry;
		this.artifacts = artifacts;
	}

	/** At start-up (dashboard or command), so the model list shows the bundled models. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void atStart() {
		try {
			ensure();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not register the bundled models: {}", ex.getMessage());
		}
	}

	/** Registers the bundled models and promotes the default when nothing is promoted; safe to call again. */
	public synchronized void ensure() throws IOException {
		for (ModelArtifacts.Bundled model : ModelArtifacts.bundled()) {
			if (registry.find(model.metadata().version()).isEmpty()) {
				registry.register(model.metadata(), artifacts.install(model));
				log.info("Registered the bundled model {}", model.metadata().version());
			}
		}
		if (registry.promotedVersion().isEmpty()) {
			var model = ModelArtifacts.bundledDefault();
			if (model.isPresent()) {
				registry.promote(model.get().metadata().version(), PROMOTER, Instant.now());
				log.info("Promoted the bundled model {} (no model was promoted)", model.get().metadata().version());
			}
		}
	}

}
