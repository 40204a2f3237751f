package com.lcnews.trends;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

import com.lcnews.trends.cli.CommandRunner;

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
		if (CommandRunner.isCommandInvocation(args)) {
			SpringApplication app = new SpringApplication(NewsTrendsApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			app.setDefaultProperties(java.util.Map.of("spring.main.web-application-type", "none"));
			app.setAdditionalProfiles(CommandRunner.PROFILE);
			ConfigurableApplicationContext context = app.run(args);
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(NewsTrendsApplication.class, args);
	}

}
