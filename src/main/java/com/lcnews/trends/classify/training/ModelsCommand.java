package com.lcnews.trends.classify.training;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.shared.CommandServices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code models}: lists the registered models, or promotes one. */
@Command(name = "models", mixinStandardHelpOptions = true,
		description = "List the registered models (* marks the promoted one), or promote one with --promote.")
public class ModelsCommand implements Callable<Integer>, CommandServices.Aware {

	@Option(names = "--promote", paramLabel = "VERSION", description = "Make this model the one the batch job and dashboard use.")
	String promote;

	@Option(names = "--by", defaultValue = "${sys:user.name}", description = "Who promotes (recorded; default: the OS user).")
	String by;

	private CommandServices services;

	@Override
	public void services(CommandServices services) {
		this.services = services;
	}

	@Override
	public Integer call() throws Exception {
		ModelRegistry registry = services.get(ModelRegistry.class);
		services.get(DefaultModels.class).ensure();
		if (promote != null) {
			registry.promote(promote, by, Instant.now());
			System.out.println("promoted " + promote + " (run 'classify --all' to re-count every article with it)");
			return 0;
		}
		String promoted = registry.promotedVersion().orElse("");
		System.out.println(String.format(Locale.ROOT, "  %-32s %-20s %-7s %-14s %8s %8s", "version", "created", "learner",
				"segmenter", "accuracy", "macro-F1"));
		for (var model : registry.list()) {
			var m = model.metadata();
			var e = m.evaluation();
			System.out.println(String.format(Locale.ROOT, "%s %-32s %-20s %-7s %-14s %8.3f %8.3f",
					m.version().equals(promoted) ? "*" : " ", m.version(), m.createdAt().toString().substring(0, 19),
					m.learner(), m.segmenter(), e.accuracy(), e.macroF1()));
		}
		return 0;
	}

}
