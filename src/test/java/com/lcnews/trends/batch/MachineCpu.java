package com.lcnews.trends.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark helper: the whole machine's CPU time from Linux's {@code /proc/stat}, so that a run can say how busy the
 * cores were in all (this JVM, a database server on the same machine, anything else running).
 */
final class MachineCpu {

	private MachineCpu() {
	}

	/** Busy and total jiffies of all cores so far, and the number of cores; null without {@code /proc/stat}. */
	static long[] read() {
		try {
			java.util.List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
			long cores = lines.stream().filter(l -> l.matches("cpu\\d+ .*")).count();
			String[] f = lines.get(0).trim().split("\\s+");
			long total = 0;
			// user nice system idle iowait irq softirq steal (guest time is counted in user already)
			for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
				total += Long.parseLong(f[i]);
			}
			long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
			return new long[] { total - idle, total, cores };
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** One line: how many cores the machine kept busy between two readings. */
	static String describe(long[] before, long[] after) {
		if (before == null || after == null || after[1] == before[1]) {
			return "machine CPU: not known (no /proc/stat)";
		}
		long cores = after[2];
		double busy = (double) (after[0] - before[0]) / (after[1] - before[1]) * cores;
		return String.format(Locale.ROOT, "machine: %.2f of %d cores busy during the run (every process: this JVM, "
				+ "a database server on this machine, anything else running)", busy, cores);
	}

}
