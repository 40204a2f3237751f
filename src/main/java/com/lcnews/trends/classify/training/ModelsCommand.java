package com.lcnews.trends.classify.training;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import com.lcnews.trends.classify.ModelService;
import com.lcnews.trends.classify.ModelStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code models}: lists the models of the model folder, or promotes one. */
@Component
@Command(name = "models", mixinStandardHelpOptions = true,
		description = "List the trained models (* marks the promoted one), or promote one with --promote.")
class ModelsCommand implements Callable<Integer> {

	@Option(names = "--promote", paramLabel = "VERSION", description = "Make this model the one the batch job and dashboard use.")
	String promote;

	@Option(names = "--by", defaultValue = "${sys:user.name}", description = "Who promotes (recorded; default: the OS user).")
	String by;

	private final ModelStore store;

	private final ModelService service;

	private final ModelRegistration registration;

	ModelsCommand(ModelStore store, ModelService service, ModelRegistration registration) {
		this.store = store;
		this.service = service;
		this.registration = registration;
	}

	@Override
	public Integer call() throws Exception {
		if (promote != null) {
			registration.promote(promote, by);
			System.out.println("promoted " + promote);
			return 0;
		}
		String promoted = store.promotedVersion().orElse("");
		System.out.println(String.format(Locale.ROOT, "  %-32s %-20s %-7s %-14s %8s %8s %s", "version", "created", "learner",
				"segmenter", "accuracy", "macro-F1", "store"));
		for (var m : store.list()) {
			var e = m.evaluation();
			System.out.println(String.format(Locale.ROOT, "%s %-32s %-20s %-7s %-14s %8.3f %8.3f %s",
					m.version().equals(promoted) ? "*" : " ", m.version(), m.createdAt().toString().substring(0, 19),
					m.learner(), m.segmenter(), e.accuracy(), e.macroF1(),
					service.find(m.version()).isPresent() ? "registered" : "-"));
		}
		return 0;
	}

}
