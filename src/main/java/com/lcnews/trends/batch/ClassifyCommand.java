package com.lcnews.trends.batch;

import java.util.Locale;
import java.util.concurrent.Callable;

import com.lcnews.trends.shared.CommandServices;

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
		BatchProgress p = services.get(BatchRunService.class).run(all ? ClassifyMode.ALL : ClassifyMode.MISSING, "cli");
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
