package com.lcnews.trends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

class CommandRunnerTest {

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

	private final StringWriter err = new StringWriter();

	private final StringWriter out = new StringWriter();

	private int run(String... args) {
		CommandLine cl = CommandRunner.commandLine(List.of(new EchoCommand()));
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
	void springOptionsAloneStartTheDashboardButAnythingElseIsACommand() {
		assertThat(CommandRunner.isCommandInvocation(new String[] {})).isFalse();
		assertThat(CommandRunner.isCommandInvocation(new String[] { "--server.port=9090" })).isFalse();
		assertThat(CommandRunner.isCommandInvocation(new String[] { "--help" })).isTrue();
		assertThat(CommandRunner.isCommandInvocation(new String[] { "import", "seeds/pages" })).isTrue();
	}

}
