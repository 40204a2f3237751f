package com.lcnews.trends.cli;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the command given on the command line and keeps its exit code: 0 ok, 1 failure, 2 usage error.
 * Active only in the {@value #PROFILE} profile, which {@code main} sets when it is given arguments.
 */
@Component
@Profile(CommandRunner.PROFILE)
public class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	/** Profile set when the application runs a command instead of the dashboard. */
	public static final String PROFILE = "command";

	private final List<Callable<Integer>> commands;

	private int exitCode;

	CommandRunner(List<Callable<Integer>> commands) {
		this.commands = commands.stream()
			.filter(c -> c.getClass().isAnnotationPresent(Command.class))
			.sorted(Comparator.comparing(c -> c.getClass().getAnnotation(Command.class).name()))
			.toList();
	}

	/** Whether the arguments name a command (or ask for help or the version) rather than Spring options only. */
	public static boolean isCommandInvocation(String[] args) {
		for (String arg : args) {
			if (!springOption(arg)) {
				return true;
			}
		}
		return false;
	}

	/** Options meant for Spring Boot (settings, --debug, --trace), not for a command. */
	static boolean springOption(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--server.") || arg.startsWith("--newstrends.")
				|| arg.startsWith("--logging.") || arg.equals("--debug") || arg.equals("--trace");
	}

	@Override
	public void run(ApplicationArguments args) {
		exitCode = commandLine(commands).execute(commandArguments(args.getSourceArgs()));
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/** Builds the root command line with the given subcommands; errors print one line to stderr, no stack trace. */
	static CommandLine commandLine(List<Callable<Integer>> subcommands) {
		CommandLine root = new CommandLine(new RootCommand());
		for (Callable<Integer> command : subcommands) {
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

	private static String[] commandArguments(String[] sourceArgs) {
		return java.util.Arrays.stream(sourceArgs)
			.filter(a -> !springOption(a))
			.toArray(String[]::new);
	}

}
