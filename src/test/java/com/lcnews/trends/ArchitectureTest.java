package com.lcnews.trends;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Features depend one way only; the kernel depends on no feature; Weka and the embedding engine stay behind the
 * classify API.
 */
@AnalyzeClasses(packages = "com.lcnews.trends", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String ROOT = "com.lcnews.trends";

	/**
	 * The README's table of packages ({@code | `name` | what | may depend on |}): "nothing", a comma-separated list, or
	 * "every feature's ..." (every package but the entry points {@code dashboard}, {@code cli} and {@code bootstrap}).
	 */
	static final class PackageTable {

		private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\| .* \\| ([^|]+) \\|$");

		static Map<String, Set<String>> read(Path readme) {
			List<String> lines;
			try {
				lines = Files.readAllLines(readme);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + readme.toAbsolutePath(), ex);
			}
			Map<String, String> raw = new TreeMap<>();
			boolean inTable = false;
			for (String line : lines) {
				if (line.startsWith("| package (`" + ROOT + ".`)")) {
					inTable = true;
				}
				else if (inTable && line.isBlank()) {
					break;
				}
				Matcher m = ROW.matcher(line.strip());
				if (inTable && m.matches()) {
					raw.put(m.group(1), m.group(2).strip());
				}
			}
			if (raw.isEmpty()) {
				throw new IllegalStateException("No package table in " + readme.toAbsolutePath());
			}
			Set<String> features = new TreeSet<>(raw.keySet());
			features.removeAll(Set.of("dashboard", "cli", "bootstrap"));
			Map<String, Set<String>> allowed = new TreeMap<>();
			raw.forEach((name, deps) -> {
				Set<String> set = new TreeSet<>();
				if (deps.startsWith("every feature")) {
					set.addAll(features);
				}
				else if (!deps.equals("nothing")) {
					for (String d : deps.split(",")) {
						set.add(d.strip().split(" ")[0]);
					}
				}
				set.remove(name);
				allowed.put(name, set);
			});
			return allowed;
		}

	}

	@ArchTest
	static final ArchRule featuresHaveNoCycles = slices().matching("com.lcnews.trends.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule kernelDependsOnNoFeature = noClasses().that()
		.resideInAPackage("com.lcnews.trends.shared..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.lcnews.trends.ingest..", "com.lcnews.trends.classify..", "com.lcnews.trends.batch..",
				"com.lcnews.trends.trend..", "com.lcnews.trends.dashboard..", "com.lcnews.trends.cli..");

	/** Every feature package and the packages it may use, as the README's package table states them. */
	static final Map<String, Set<String>> ALLOWED = PackageTable.read(Path.of("README.md"));

	@ArchTest
	static void everyPackageHasARowInTheReadmesTable(JavaClasses classes) {
		Set<String> packages = new TreeSet<>();
		classes.forEach(c -> {
			String rest = c.getPackageName().startsWith(ROOT + ".") ? c.getPackageName().substring(ROOT.length() + 1) : "";
			if (!rest.isEmpty()) {
				packages.add(rest.split("\\.")[0]);
			}
		});
		assertThat(ALLOWED.keySet()).as("packages of the README's table").containsExactlyInAnyOrderElementsOf(packages);
	}

	@ArchTest
	static void eachPackageDependsOnlyOnWhatTheTableAllows(JavaClasses classes) {
		for (Map.Entry<String, Set<String>> row : ALLOWED.entrySet()) {
			Set<String> forbidden = new TreeSet<>(ALLOWED.keySet());
			forbidden.remove(row.getKey());
			forbidden.removeAll(row.getValue());
			if (forbidden.isEmpty()) {
				continue;
			}
			noClasses().that()
				.resideInAPackage(ROOT + "." + row.getKey() + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(forbidden.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
				.because("the README's package table lets " + row.getKey() + " depend on " + row.getValue() + " only")
				.check(classes);
		}
	}

	@ArchTest
	static final ArchRule wekaOnlyInsideItsAdapter = noClasses().that()
		.resideOutsideOfPackage("com.lcnews.trends.classify.weka..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("weka..");

	@ArchTest
	static final ArchRule onnxAndTokenizerOnlyInsideTheEmbeddingEngine = noClasses().that()
		.resideOutsideOfPackage("com.lcnews.trends.classify.embed..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("ai.onnxruntime..", "ai.djl..", "dev.langchain4j..")
		.because("the sentence-embedding engine stays behind the classify API");

	@ArchTest
	static final ArchRule nothingButTheShellUsesTheDashboard = noClasses().that()
		.resideInAnyPackage("com.lcnews.trends.ingest..", "com.lcnews.trends.classify..", "com.lcnews.trends.batch..",
				"com.lcnews.trends.trend..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.lcnews.trends.dashboard..");

	@ArchTest
	static final ArchRule ingestDependsOnlyOnTheKernel = noClasses().that()
		.resideInAPackage("com.lcnews.trends.ingest..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.lcnews.trends.classify..", "com.lcnews.trends.batch..", "com.lcnews.trends.trend..");

}
