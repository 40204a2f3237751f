package com.lcnews.trends.batch;

import java.util.Locale;
import java.util.concurrent.Callable;

import com.lcnews.trends.shared.CommandServices;
import com.lcnews.trends.vectors.EmbeddingProgress;
import com.lcnews.trends.vectors.EmbeddingService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code classify [--all]}: classifies the articles not yet classified by the promoted model (or all of them) and
 * prints one JSON line with the outcome. Restarts a failed or killed run with the same mode where it stopped.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
		description = "Classify stored articles with the promoted model and update the topic rollups.")
public class ClassifyCommand implements Callable<Integer>, CommandServices.Aware {

	@Option(names = "--all", description = "Reclassify every article, not only those without a classification.")
	boolean all;

	private CommandServices services;

	@Override
	public void services(CommandServices services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		BatchRunService batch = services.get(BatchRunService.class);
		EmbeddingService embedding = services.get(EmbeddingService.class);
		Thread bar = new Thread(() -> showProgress(batch, embedding), "progress");
		bar.setDaemon(true);
		bar.start();
		BatchProgress p;
		try {
			p = batch.run(all ? ClassifyMode.ALL : ClassifyMode.MISSING, "cli");
		}
		finally {
			bar.interrupt();
		}
		System.err.println();
		System.out.println(String.format(Locale.ROOT,
				"{\"state\":\"%s\",\"mode\":\"%s\",\"modelVersion\":\"%s\",\"done\":%d,\"total\":%d,"
						+ "\"articlesPerSecond\":%.1f,\"message\":\"%s\"}",
				p.state().name().toLowerCase(Locale.ROOT), p.mode().code(), p.modelVersion(), p.done(), p.total(),
				p.articlesPerSecond(), p.message() == null ? "" : p.message().replace("\"", "'")));
		if (p.state() != BatchProgress.State.COMPLETED) {
			System.err.println("error: classification " + p.message());
			return 1;
		}
		return 0;
	}

	/** A progress line on stderr, each second: the embedding step first, then the classification. */
	private static void showProgress(BatchRunService batch, EmbeddingService embedding) {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				Thread.sleep(1000);
				EmbeddingProgress e = embedding.progress();
				BatchProgress b = batch.progress();
				if (e.state() == EmbeddingProgress.State.RUNNING) {
					System.err.printf(Locale.ROOT, "\rembedding %d/%d articles (%.1f/s)          ", e.done(), e.total(),
							e.articlesPerSecond());
				}
				else if (b.state() == BatchProgress.State.RUNNING) {
					System.err.printf(Locale.ROOT, "\rclassifying %d/%d articles (%.0f/s)          ", b.done(), b.total(),
							b.articlesPerSecond());
				}
				System.err.flush();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
