package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelService;
import com.lcnews.trends.classify.ModelStore;

/**
 * Keeps the store in step with the model folder: registers every model of the folder (table {@code model}) and,
 * when {@code promoted.txt} names another model than the store's latest promotion, records that promotion. Runs at
 * start-up, so a fresh clone's committed model is known to the store, and after training and promotion.
 */
@Component
public class ModelRegistration {

	private static final Logger log = LoggerFactory.getLogger(ModelRegistration.class);

	private static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private final ModelService models;

	private final ModelStore store;

	ModelRegistration(ModelService models, ModelStore store) {
		this.models = models;
		this.store = store;
	}

	@EventListener(ApplicationReadyEvent.class)
	void syncAtStart() {
		try {
			sync("model folder");
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not register the models of the model folder in the store: {}", ex.getMessage());
		}
	}

	/** Registers all models of the folder and the folder's promotion; {@code by} is recorded as the promoter. */
	void sync(String by) throws IOException {
		for (ModelMetadata metadata : store.list()) {
			register(null, metadata);
		}
		var promoted = store.promotedVersion();
		if (promoted.isPresent() && !promoted.equals(models.promotedVersion())) {
			models.promote(promoted.get(), by, Instant.now());
		}
	}

	/** Registers one model; {@code dir} locates its artifact (null: the store's folder). */
	void register(Path dir, ModelMetadata metadata) throws IOException {
		String artifact = dir == null ? metadata.artifact() : dir.resolve(metadata.artifact()).toString();
		models.register(metadata.version(), metadata.createdAt(), artifact, JSON.writeValueAsString(metadata));
	}

	/** Promotes a model in the folder and in the store. */
	public void promote(String version, String by) throws IOException {
		register(null, store.metadata(version));
		store.promote(version);
		models.promote(version, by, Instant.now());
	}

}
