package com.lcnews.trends.cli;

import picocli.CommandLine.IVersionProvider;

/** The application version, from the jar manifest (or "development" when run from classes). */
class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = RootCommand.class.getPackage().getImplementationVersion();
		return new String[] { "news-trends " + (version == null ? "development" : version),
				"Java " + System.getProperty("java.version") };
	}

}
