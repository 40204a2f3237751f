package com.lcnews.trends.classify.weka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.EncodingVectorSource;
import com.lcnews.trends.classify.embed.Encoders;

/**
 * Experiment (not a test): time and accuracy of the logistic-regression part on THUCNews dev vectors (first 8,000
 * train, last 2,000 test; never the test file), for the solver and cost in the system properties. Args: dev JSON
 * Lines, vector cache folder.
 */
public final class LinearBench {

	private LinearBench() {
	}

	public static void main(String[] args) throws Exception {
		ObjectMapper json = new ObjectMapper();
		List<String> texts = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[0]))) {
			var node = json.readTree(line);
			texts.add(node.get("text").asText());
			labels.add(node.get("label").asText());
		}
		List<String> topics = labels.stream().distinct().sorted().toList();
		int[] classes = labels.stream().mapToInt(topics::indexOf).toArray();
		var source = new EncodingVectorSource(Encoders::forSpec, Path.of(args[1]));
		float[][] v = source.vectors(new EncoderSpec(Encoders.BGE_SMALL_ZH_Q8, 512, 64), texts, System.err::println)
			.toArray(new float[0][]);
		float[][][] descriptions = new float[topics.size()][][];
		for (int c = 0; c < topics.size(); c++) {
			descriptions[c] = new float[][] { v[labels.indexOf(topics.get(c))] };
		}
		int[] train = java.util.stream.IntStream.range(0, 8000).toArray();
		long start = System.nanoTime();
		long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		LinearPart part = LinearPart.fit(v, classes, train, descriptions, topics, LinearPart.COST, 42);
		double cpuSeconds = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
		double seconds = (System.nanoTime() - start) / 1e9;
		int right = 0;
		for (int i = 8000; i < v.length; i++) {
			double[] d = part.distribution(Part.Features.of("", v[i]));
			right += Metrics.argmax(d) == classes[i] ? 1 : 0;
		}
		System.out.printf(java.util.Locale.ROOT, "solver %d cost %.3f: fit %.1f s wall, %.1f s cpu, accuracy %.4f on %d%n",
				LinearPart.SOLVER, LinearPart.COST, seconds, cpuSeconds, right / (double) (v.length - 8000), v.length - 8000);
	}

}
