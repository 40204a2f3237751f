package com.lcnews.trends.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.SparkFiles;

import com.lcnews.trends.batch.ArticleClassificationProcessor;
import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.embed.Encoders;
import com.lcnews.trends.classify.weka.WekaTrainingService;

/**
 * The classifier of one model, loaded once per executor JVM (the first task that needs it loads it; later tasks, and
 * tasks running at the same time, share it: the classifiers the trainer writes and the encoder are thread-safe).
 * The model's files reach the executors with {@code SparkContext.addFile}. One ONNX Runtime thread per task
 * (system property {@code newstrends.encoder.threads}, unless set), since Spark runs one task per core; native
 * libraries unpack into a temporary folder, never the user's home.
 */
final class ExecutorModel {

	/** The loaded model: its classifier, the encoder of its spec (null for text-only models), the article processor. */
	record Loaded(TopicClassifier classifier, TextEncoder encoder, ArticleClassificationProcessor processor) {
	}

	private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

	private ExecutorModel() {
	}

	/**
	 * The loaded model of a sidecar: a file distributed with {@code addFile} (by name), else a path.
	 * @throws IllegalStateException naming the file when it cannot be loaded
	 */
	static Loaded of(String sidecar) {
		return LOADED.computeIfAbsent(sidecar, ExecutorModel::load);
	}

	private static Loaded load(String sidecar) {
		prepareNativeLibraries();
		Path path = locate(sidecar);
		try {
			TopicClassifier classifier = new WekaTrainingService(null, Encoders::forSpec).load(path);
			TextEncoder encoder = classifier.encoder().map(Encoders::forSpec).orElse(null);
			return new Loaded(classifier, encoder, new ArticleClassificationProcessor(classifier));
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot load the model " + path.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
	}

	private static Path locate(String sidecar) {
		Path given = Path.of(sidecar);
		if (given.getParent() == null) {
			try {
				Path distributed = Path.of(SparkFiles.get(sidecar));
				if (Files.isRegularFile(distributed)) {
					return distributed;
				}
			}
			catch (RuntimeException noSparkContext) {
				// not inside a Spark task: a local file
			}
		}
		return given;
	}

	private static synchronized void prepareNativeLibraries() {
		if (System.getProperty("newstrends.encoder.threads") == null) {
			System.setProperty("newstrends.encoder.threads", "1");
		}
		if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
			try {
				System.setProperty("DJL_CACHE_DIR", Files.createTempDirectory("news-trends-native").toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create a folder for native libraries", ex);
			}
		}
	}

}
