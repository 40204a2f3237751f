package com.lcnews.trends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.CommandServices;
import com.lcnews.trends.shared.DataHome;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

class CommandLineAppTest {

	@Command(name = "echo", description = "Prints its argument.")
	static class EchoCommand implements Callable<Integer> {

		@Parameters(index = "0")
		String word;

		@Override
		public Integer call() {
			if (word.equals("fail")) {
				throw new IllegalStateException("cannot echo 'fail'");
			}
			System.out.println(word);
			return 0;
		}

	}

	/** A command that uses the store: counts the articles it is given by the services. */
	@Command(name = "count", mixinStandardHelpOptions = true, description = "Counts stored things.")
	static class CountCommand implements Callable<Integer>, CommandServices.Aware {

		private CommandServices services;

		@Override
		public void services(CommandServices services) {
			this.services = services;
		}

		@Override
		public Integer call() {
			System.out.println(services.get(Integer.class));
			return 0;
		}

	}

	/** Services that count how often they were asked. */
	private final class CountingServices implements CommandServices {

		int asked;

		@Override
		public <T> T get(Class<T> type) {
			asked++;
			return type.cast(42);
		}

	}

	private final CountingServices services = new CountingServices();

	private final StringWriter err = new StringWriter();

	private final StringWriter out = new StringWriter();

	private int run(String... args) {
		CommandLine cl = CommandLineApp.commandLine(List.of(EchoCommand.class, CountCommand.class), services);
		cl.setErr(new PrintWriter(err, true));
		cl.setOut(new PrintWriter(out, true));
		return cl.execute(args);
	}

	@Test
	void helpListsDiscoveredCommandsAndExitsZero() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString()).contains("news-trends").contains("echo").contains("Prints its argument.");
	}

	@Test
	void versionExitsZero() {
		assertThat(run("--version")).isZero();
		assertThat(out.toString()).contains("news-trends");
	}

	@Test
	void unknownCommandIsAUsageErrorOnStderr() {
		assertThat(run("frobnicate")).isEqualTo(2);
		assertThat(err.toString()).contains("frobnicate");
	}

	@Test
	void missingCommandIsAUsageError() {
		assertThat(run()).isEqualTo(2);
		assertThat(err.toString()).contains("Missing command");
	}

	@Test
	void failingCommandExitsOneWithItsMessageAndNoStackTrace() {
		assertThat(run("echo", "fail")).isEqualTo(1);
		assertThat(err.toString()).contains("cannot echo 'fail'").doesNotContain("at com.lcnews");
	}

	@Test
	void aStoreCommandGetsItsServicesWhenItRunsButNotForItsHelp() {
		assertThat(run("count", "--help")).isZero();
		assertThat(run("--help")).isZero();
		assertThat(services.asked).isZero();

		assertThat(run("count")).isZero();
		assertThat(services.asked).isEqualTo(1);
	}

	@Test
	void theHomeOptionIsTakenOutOfTheArgumentsAndNamesTheDataHome() {
		String before = System.getProperty(DataHome.PROPERTY);
		try {
			assertThat(CommandLineApp.takeHomeOption(new String[] { "--home", "/srv/news", "extract", "a.txt" }))
				.containsExactly("extract", "a.txt");
			assertThat(System.getProperty(DataHome.PROPERTY)).isEqualTo("/srv/news");
			assertThat(CommandLineApp.takeHomeOption(new String[] { "models", "--home=/data/nt" })).containsExactly("models");
			assertThat(DataHome.fromEnvironment().root()).isEqualTo(java.nio.file.Path.of("/data/nt"));
		}
		finally {
			if (before == null) {
				System.clearProperty(DataHome.PROPERTY);
			}
			else {
				System.setProperty(DataHome.PROPERTY, before);
			}
		}
	}

	@Test
	void springOptionsAloneStartTheDashboardButAnythingElseIsACommand() {
		assertThat(CommandLineApp.isCommandInvocation(new String[] {})).isFalse();
		assertThat(CommandLineApp.isCommandInvocation(new String[] { "--server.port=9090" })).isFalse();
		assertThat(CommandLineApp.isCommandInvocation(new String[] { "--help" })).isTrue();
		assertThat(CommandLineApp.isCommandInvocation(new String[] { "import", "seeds/pages" })).isTrue();
	}

}
