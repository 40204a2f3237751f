package com.lcnews.trends.spark;

import java.util.List;

import org.apache.spark.sql.SparkSession;

/** Development helper: runs one command in local mode. Not a test. */
public class Smoke {

	public static void main(String[] args) throws Exception {
		SparkSession spark = SparkSession.builder().master(System.getProperty("master", "local[2]")).appName("smoke")
			.config("spark.ui.enabled", "false").getOrCreate();
		try {
			System.out.println(Main.run(spark, args[0], List.of(args).subList(1, args.length)));
		}
		finally {
			spark.stop();
		}
	}

}
