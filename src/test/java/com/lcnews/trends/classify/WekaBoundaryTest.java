package com.lcnews.trends.classify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.lcnews.trends", importOptions = ImportOption.DoNotIncludeTests.class)
class WekaBoundaryTest {

	@ArchTest
	static final ArchRule onlyTheWekaPackageUsesWeka = noClasses().that()
		.resideOutsideOfPackage("com.lcnews.trends.classify.weka..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("weka..")
		.because("Weka stays behind the classify API");

	@ArchTest
	static final ArchRule onlyTheEmbeddingPackageRunsTheModel = noClasses().that()
		.resideOutsideOfPackage("com.lcnews.trends.classify.embed..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("ai.onnxruntime..", "ai.djl..")
		.because("ONNX Runtime and the tokenizer stay behind the TextEncoder API");

	@ArchTest
	static final ArchRule theWekaEngineDoesNotReachIntoTheEmbeddingEngine = noClasses().that()
		.resideInAPackage("com.lcnews.trends.classify.weka..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.lcnews.trends.classify.embed..")
		.because("learners get vectors and encoders through the classify API");

	@ArchTest
	static final ArchRule theClassifyApiDependsOnNoInternalPackage = noClasses().that()
		.resideInAPackage("com.lcnews.trends.classify")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.lcnews.trends.classify.weka..", "com.lcnews.trends.classify.training..",
				"com.lcnews.trends.classify.embed..", "com.hankcs..", "ai.onnxruntime..", "ai.djl..")
		.because("the public API is engine-free");

}
