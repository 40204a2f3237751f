package com.lcnews.trends;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

import com.lcnews.trends.cli.CommandLineApp;
import com.lcnews.trends.shared.DataHome;
import com.lcnews.trends.shared.NativeLibraries;

/**
 * Entry point. Without arguments it serves the dashboard; with arguments it runs one command (see {@code --help})
 * without a web server and exits with the command's code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("newsdash")
@Push
@PWA(name = "聊城新闻话题趋势", shortName = "新闻趋势")
public class NewsTrendsApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		args = CommandLineApp.takeHomeOption(args);
		if (CommandLineApp.isCommandInvocation(args)) {
			System.exit(CommandLineApp.run(NewsTrendsApplication.class, args));
		}
		NativeLibraries.unpackInto(DataHome.fromEnvironment().cache().resolve("native"));
		SpringApplication.run(NewsTrendsApplication.class, args);
	}

}
