package com.lcnews.trends.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: lists the subcommands; run without one, it is a usage error. */
@Command(name = "news-trends", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Liaocheng news topic trends: ingest pages, train and evaluate topic models, classify articles.%n"
				+ "Run without arguments to start the dashboard.%n"
				+ "--home PATH (before or after the command) names the data home, where the database, trained models, "
				+ "uploads and logs live (default: $NEWSTRENDS_HOME, else ~/.local/share/news-trends).")
class RootCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
	}

}
