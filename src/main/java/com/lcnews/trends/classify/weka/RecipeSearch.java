package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.lcnews.trends.classify.EvaluationReport.CurvePoint;

/**
 * Compares recipes by cross-validation that holds out whole groups ({@link GroupedFolds}): every recipe sees the same
 * folds, so the comparison is paired. A recipe that trains on nothing (zero-shot) is scored on every text of every
 * fold. Combinations are scored from their parts' out-of-fold distributions (each part scaled by the temperature
 * fitted on its own out-of-fold predictions), which is what fitting both parts per fold would give.
 */
final class RecipeSearch {

	/** Trains a part on rows of the data. */
	@FunctionalInterface
	interface Fitter {

		Part fit(int[] rows) throws Exception;

	}

	/**
	 * A recipe: its name, what it reads (features), its learner, the text length it reads (0: whole text), how to fit
	 * it, and whether it trains at all.
	 */
	record Recipe(String name, String features, String learner, int leadChars, Fitter fitter, boolean trains,
			List<Recipe> parts) {

		Recipe(String name, String features, String learner, int leadChars, Fitter fitter, boolean trains) {
			this(name, features, learner, leadChars, fitter, trains, List.of());
		}

	}

	/** One recipe's out-of-fold results. */
	record Run(Recipe recipe, double[][][] oof, double[] foldAccuracy, double[] foldMacroF1, int[][] confusion,
			List<Calibrator.Outcome> outcomes, double seconds) {

		double macroF1() {
			return Metrics.mean(foldMacroF1);
		}

	}

	private final int[] classes;

	private final int numClasses;

	private final int[][] folds;

	private final int foldCount;

	private final java.util.function.BiFunction<Integer, Integer, Part.Features> features;

	private final ProgressMeter progress;

	/**
	 * @param folds the fold of every text, per repetition
	 * @param features the features of text i for a recipe reading a given number of characters
	 */
	RecipeSearch(int[] classes, int numClasses, int[][] folds,
			java.util.function.BiFunction<Integer, Integer, Part.Features> features,
			ProgressMeter progress) {
		this.classes = classes;
		this.numClasses = numClasses;
		this.folds = folds;
		this.foldCount = java.util.Arrays.stream(folds[0]).max().orElse(0) + 1;
		this.features = features;
		this.progress = progress;
	}

	int foldCount() {
		return foldCount;
	}

	int repeats() {
		return folds.length;
	}

	/**
	 * Cross-validates one recipe; the folds are trained in parallel on all cores (each fold writes only its own test
	 * rows, so the result does not depend on the order they finish in).
	 */
	Run run(Recipe recipe) throws Exception {
		long start = System.nanoTime();
		int n = classes.length;
		double[][][] oof = new double[folds.length][n][];
		Part untrained = recipe.trains() ? null : recipe.fitter().fit(new int[0]);
		List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>();
		for (int r = 0; r < folds.length; r++) {
			for (int f = 0; f < foldCount; f++) {
				int repeat = r;
				int fold = f;
				tasks.add(() -> {
					int[] test = rows(folds[repeat], fold, true);
					Part part = untrained != null ? untrained
							: recipe.fitter().fit(rows(folds[repeat], fold, false)).forFold();
					for (int i : test) {
						oof[repeat][i] = part.distribution(features.apply(recipe.leadChars(), i));
					}
					progress.step("cv " + recipe.name());
					return null;
				});
			}
		}
		runAll(tasks);
		return score(recipe, oof, (System.nanoTime() - start) / 1e9);
	}

	/** Runs the tasks on all cores (on the calling thread when there is one core or one task). */
	static void runAll(List<java.util.concurrent.Callable<Void>> tasks) throws Exception {
		int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
		if (threads <= 1) {
			for (var task : tasks) {
				task.call();
			}
			return;
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			for (var future : pool.invokeAll(tasks)) {
				try {
					future.get();
				}
				catch (java.util.concurrent.ExecutionException ex) {
					throw ex.getCause() instanceof Exception cause ? cause : ex;
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The combination of two cross-validated recipes, from their out-of-fold distributions. */
	Run combine(Run a, Run b) throws Exception {
		double[] temperatures = { Calibrator.fitTemperature(a.outcomes()), Calibrator.fitTemperature(b.outcomes()) };
		double[][][] oof = new double[folds.length][classes.length][];
		for (int r = 0; r < folds.length; r++) {
			for (int i = 0; i < classes.length; i++) {
				oof[r][i] = MixturePart.combine(new double[][] { a.oof()[r][i], b.oof()[r][i] }, temperatures);
			}
		}
		Recipe ra = a.recipe();
		Recipe rb = b.recipe();
		Recipe mix = new Recipe(ra.name() + "+" + rb.name(), ra.features() + " + " + rb.features(),
				ra.learner() + "+" + rb.learner(), Math.max(ra.leadChars(), rb.leadChars()),
				rows -> new MixturePart(List.of(ra.fitter().fit(rows), rb.fitter().fit(rows)), temperatures), true,
				List.of(ra, rb));
		return score(mix, oof, a.seconds() + b.seconds());
	}

	private Run score(Recipe recipe, double[][][] oof, double seconds) {
		int[][] pooled = new int[numClasses][numClasses];
		double[] accuracy = new double[folds.length * foldCount];
		double[] macroF1 = new double[folds.length * foldCount];
		List<Calibrator.Outcome> outcomes = new ArrayList<>();
		for (int r = 0; r < folds.length; r++) {
			for (int f = 0; f < foldCount; f++) {
				int[][] confusion = new int[numClasses][numClasses];
				for (int i : rows(folds[r], f, true)) {
					int predicted = Metrics.argmax(oof[r][i]);
					confusion[classes[i]][predicted]++;
					pooled[classes[i]][predicted]++;
					outcomes.add(new Calibrator.Outcome(oof[r][i], classes[i]));
				}
				accuracy[r * foldCount + f] = Metrics.accuracy(confusion);
				macroF1[r * foldCount + f] = Metrics.macroF1(confusion);
			}
		}
		return new Run(recipe, oof, accuracy, macroF1, pooled, outcomes, seconds);
	}

	/**
	 * Learning curve of a recipe on the first repetition's folds: each training fold cut to a stratified share. The
	 * (share, fold) fits run in parallel on all cores; each writes only its own cell, and each fold's cut depends only
	 * on the seed and the fold, so the result does not depend on the order they finish in.
	 */
	List<CurvePoint> learningCurve(Run full, double[] shares, long seed) throws Exception {
		double[][] accuracy = new double[shares.length][foldCount];
		double[][] macroF1 = new double[shares.length][foldCount];
		long[] sizes = new long[shares.length];
		List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>();
		for (int s = 0; s < shares.length; s++) {
			if (shares[s] >= 1) {
				continue;
			}
			for (int f = 0; f < foldCount; f++) {
				int share = s;
				int fold = f;
				tasks.add(() -> {
					int[] train = subsample(rows(folds[0], fold, false), shares[share], new Random(seed + fold));
					synchronized (sizes) {
						sizes[share] += train.length;
					}
					Part part = full.recipe().fitter().fit(train).forFold();
					int[][] confusion = new int[numClasses][numClasses];
					for (int i : rows(folds[0], fold, true)) {
						confusion[classes[i]][Metrics.argmax(part.distribution(features.apply(full.recipe().leadChars(), i)))]++;
					}
					accuracy[share][fold] = Metrics.accuracy(confusion);
					macroF1[share][fold] = Metrics.macroF1(confusion);
					progress.step("learning curve " + shares[share]);
					return null;
				});
			}
		}
		runAll(tasks);
		List<CurvePoint> points = new ArrayList<>();
		for (int s = 0; s < shares.length; s++) {
			if (shares[s] >= 1) {
				points.add(new CurvePoint(1, classes.length - classes.length / foldCount, Metrics.mean(full.foldAccuracy()),
						full.macroF1()));
			}
			else {
				points.add(new CurvePoint(shares[s], (int) (sizes[s] / foldCount), Metrics.mean(accuracy[s]),
						Metrics.mean(macroF1[s])));
			}
		}
		return points;
	}

	/** Fits the learning curve makes for these shares (every share below 1, once per fold). */
	static int learningCurveFits(double[] shares, int foldCount) {
		return (int) java.util.Arrays.stream(shares).filter(share -> share < 1).count() * foldCount;
	}

	/** Per class, the first ceil(share * n) rows after shuffling (at least one). */
	private int[] subsample(int[] rows, double share, Random random) {
		List<Integer> shuffled = new ArrayList<>();
		for (int i : rows) {
			shuffled.add(i);
		}
		java.util.Collections.shuffle(shuffled, random);
		int[] available = new int[numClasses];
		shuffled.forEach(i -> available[classes[i]]++);
		int[] taken = new int[numClasses];
		List<Integer> kept = new ArrayList<>();
		for (int i : shuffled) {
			if (taken[classes[i]] < Math.max(1, Math.ceil(share * available[classes[i]]))) {
				kept.add(i);
				taken[classes[i]]++;
			}
		}
		return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	static int[] rows(int[] fold, int f, boolean inFold) {
		int count = 0;
		for (int x : fold) {
			count += (x == f) == inFold ? 1 : 0;
		}
		int[] rows = new int[count];
		int j = 0;
		for (int i = 0; i < fold.length; i++) {
			if ((fold[i] == f) == inFold) {
				rows[j++] = i;
			}
		}
		return rows;
	}

	static int[] all(int n) {
		int[] rows = new int[n];
		for (int i = 0; i < n; i++) {
			rows[i] = i;
		}
		return rows;
	}

}
