package com.lcnews.trends.spark;

import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.SparkSession;

/**
 * The job jar's entry point: {@code spark-submit ... news-trends-spark.jar COMMAND [OPTIONS]} with the commands
 * {@code classify} (the default when the first argument is an option), {@code export} and {@code import}. Prints one
 * JSON line with what the command did on stdout; exit code 0 on success, 1 on failure, 2 on a usage error (message on
 * stderr).
 */
public final class Main {

	private static final String USAGE = """
			usage: spark-submit [spark options] news-trends-spark.jar COMMAND [OPTIONS]
			  classify  --jdbc URL [--user U] [--password-env VAR] [--model VERSION|FILE.json] [--models DIR] [--all]
			            [--partitions N] [--chunk N] [--low-confidence 0.5]
			            (or --input EXPORT_DIR | --pages DIR, with --output DIR: Parquet in and out)
			  export    --jdbc URL [--user U] [--password-env VAR] --output DIR [--model V] [--models DIR] [--all] [--partitions N]
			  import    --jdbc URL [--user U] [--password-env VAR] --results DIR [--chunk N] [--low-confidence 0.5]
			""";

	private Main() {
	}

	public static void main(String[] args) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
			System.out.print(USAGE);
			System.exit(args.length == 0 ? 2 : 0);
		}
		String command = args[0].startsWith("--") ? "classify" : args[0];
		List<String> rest = Arrays.asList(args).subList(args[0].startsWith("--") ? 0 : 1, args.length);
		SparkSession spark = SparkSession.builder().appName("news-trends " + command).getOrCreate();
		int exit;
		try {
			System.out.println(run(spark, command, rest));
			exit = 0;
		}
		catch (JobOptions.UsageException ex) {
			System.err.println("error: " + ex.getMessage());
			System.err.print(USAGE);
			exit = 2;
		}
		catch (Exception ex) {
			System.err.println("error: " + message(ex));
			exit = 1;
		}
		finally {
			spark.stop();
		}
		System.exit(exit);
	}

	/** Runs one command in a session and returns its JSON line. */
	public static String run(SparkSession spark, String command, List<String> args) throws Exception {
		spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
		return switch (command) {
			case "classify" -> ClassifyArchive.run(spark, args).toJson();
			case "export" -> Exports.export(spark, args);
			case "import" -> ImportResults.run(spark, args);
			default -> throw new JobOptions.UsageException("Unknown command '" + command + "'");
		};
	}

	/** The innermost message of a failure, which says what went wrong and where. */
	static String message(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof org.apache.spark.SparkException)) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

}
