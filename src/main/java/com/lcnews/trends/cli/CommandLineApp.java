package com.lcnews.trends.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.lcnews.trends.shared.CommandServices;
import com.lcnews.trends.shared.DataHome;
import com.lcnews.trends.shared.NativeLibraries;

import picocli.CommandLine;

/**
 * Runs one command and returns its exit code: 0 ok, 1 failure, 2 usage error. The command line is built from plain
 * classes ({@link Commands}); a command that needs the store gets the application's services through
 * {@link CommandServices}, which starts a context without web server, with lazily created beans, only when the
 * command first asks for one. {@code --help}, {@code --version} and commands that store nothing start no context.
 */
public final class CommandLineApp {

	/**
	 * Logback's own configuration property: a command's libraries may log before (or without) the Spring context,
	 * and logback's fallback writes to stdout, where commands write their output.
	 */
	private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

	private CommandLineApp() {
	}

	/** Runs the command named by {@code args}; {@code application} is the Spring Boot application class. */
	public static int run(Class<?> application, String[] args) {
		if (System.getProperty(LOGBACK_CONFIGURATION) == null) {
			System.setProperty(LOGBACK_CONFIGURATION, "logback-commands.xml");
		}
		NativeLibraries.unpackIntoTemporaryFolder();
		String[] springArgs = Arrays.stream(args).filter(CommandLineApp::springOption).toArray(String[]::new);
		String[] commandArgs = Arrays.stream(args).filter(a -> !springOption(a)).toArray(String[]::new);
		try (LazyServices services = new LazyServices(application, springArgs)) {
			return commandLine(Commands.ALL, services).execute(commandArgs);
		}
	}

	/**
	 * Takes {@code --home PATH} (or {@code --home=PATH}) out of the arguments and makes it the data home for this
	 * process, whether it serves the dashboard or runs a command.
	 * @return the other arguments
	 */
	public static String[] takeHomeOption(String[] args) {
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--home=")) {
				System.setProperty(DataHome.PROPERTY, args[i].substring("--home=".length()));
			}
			else if (args[i].equals("--home") && i + 1 < args.length) {
				System.setProperty(DataHome.PROPERTY, args[++i]);
			}
			else {
				rest.add(args[i]);
			}
		}
		return rest.toArray(String[]::new);
	}

	/** Whether the arguments name a command (or ask for help or the version) rather than Spring options only. */
	public static boolean isCommandInvocation(String[] args) {
		return Arrays.stream(args).anyMatch(a -> !springOption(a));
	}

	/** Options meant for Spring Boot (settings, --debug, --trace), not for a command. */
	static boolean springOption(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--server.") || arg.startsWith("--newstrends.")
				|| arg.startsWith("--logging.") || arg.equals("--debug") || arg.equals("--trace");
	}

	/** The root command line with the given subcommands; errors print one line to stderr, no stack trace. */
	static CommandLine commandLine(List<Class<?>> subcommands, CommandServices services) {
		CommandLine.IFactory factory = new CommandLine.IFactory() {

			@Override
			public <K> K create(Class<K> type) throws Exception {
				K instance = CommandLine.defaultFactory().create(type);
				if (instance instanceof CommandServices.Aware aware) {
					aware.services(services);
				}
				return instance;
			}

		};
		CommandLine root = new CommandLine(RootCommand.class, factory);
		for (Class<?> command : subcommands) {
			root.addSubcommand(command);
		}
		root.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println(cmd.getColorScheme().errorText("error: " + describe(ex)));
			return CommandLine.ExitCode.SOFTWARE;
		});
		return root;
	}

	private static String describe(Throwable ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}

	/** Starts the application context on first use and closes it at the end of the command. */
	private static final class LazyServices implements CommandServices, AutoCloseable {

		private final Class<?> application;

		private final String[] springArgs;

		private ConfigurableApplicationContext context;

		LazyServices(Class<?> application, String[] springArgs) {
			this.application = application;
			this.springArgs = springArgs;
		}

		@Override
		public synchronized <T> T get(Class<T> type) {
			if (context == null) {
				context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
					.profiles(PROFILE)
					.lazyInitialization(true)
					.logStartupInfo(false)
					.properties("spring.main.web-application-type=none")
					.run(springArgs);
			}
			return context.getBean(type);
		}

		@Override
		public synchronized void close() {
			if (context != null) {
				context.close();
			}
		}

	}

}
