package com.lcnews.trends.batch;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code classify [--all]}: classifies the articles not yet classified by the promoted model (or all of them) and
 * prints one JSON line with the outcome. Restarts a failed or killed run with the same mode where it stopped.
 */
@Component
@Command(name = "classify", mixinStandardHelpOptions = true,
		description = "Classify stored articles with the promoted model and update the topic rollups.")
class ClassifyCommand implements Callable<Integer> {

	@Option(names = "--all", description = "Reclassify every article, not only those without a classification.")
	boolean all;

	private final BatchRunService service;

	ClassifyCommand(BatchRunService service) {
		this.service = service;
	}

	@Override
	public Integer call() {
		BatchProgress p = service.run(all ? ClassifyMode.ALL : ClassifyMode.MISSING, "cli");
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

}
