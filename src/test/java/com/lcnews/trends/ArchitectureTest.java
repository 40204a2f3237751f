package com.lcnews.trends;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

	@ArchTest
	static final ArchRule featuresHaveNoCycles = slices().matching("com.lcnews.trends.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule kernelDependsOnNoFeature = noClasses().that()
		.resideInAPackage("com.lcnews.trends.shared..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.lcnews.trends.ingest..", "com.lcnews.trends.classify..", "com.lcnews.trends.batch..",
				"com.lcnews.trends.trend..", "com.lcnews.trends.dashboard..", "com.lcnews.trends.cli..");

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
