package com.lcnews.trends.vectors;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.shared.CommandServices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code embed}: computes the sentence vector of every stored article that has none yet (for the promoted model's
 * encoder spec, or the one given), with a progress bar on stderr, and prints one JSON line with the outcome. Killed
 * midway, it resumes where the stored vectors end.
 */
@Command(name = "embed", mixinStandardHelpOptions = true,
		description = "Compute the sentence vectors of stored articles that lack one (classification does this first by itself).")
public class EmbedCommand implements Callable<Integer>, CommandServices.Aware {

	private static final int BAR_WIDTH = 30;

	@Option(names = "--encoder", paramLabel = "SPEC", description = "Encoder spec id, e.g. bge-small-zh-v1.5-q8/lead-256 (default: the promoted model's).")
	String encoder;

	private CommandServices services;

	@Override
	public void services(CommandServices services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		EncoderSpec spec = encoder != null ? EncoderSpec.parse(encoder, 512)
				: services.get(PromotedModel.class)
					.classifier()
					.encoder()
					.orElseThrow(() -> new IllegalStateException(
							"The promoted model reads no sentence vectors; name an encoder with --encoder"));
		PrintStream err = System.err;
		EmbeddingProgress last = services.get(EmbeddingService.class).embedMissing(spec, p -> bar(err, p));
		err.println();
		System.out.println(String.format(Locale.ROOT,
				"{\"state\":\"%s\",\"encoder\":\"%s\",\"embedded\":%d,\"articlesPerSecond\":%.1f,\"message\":\"%s\"}",
				last.state().name().toLowerCase(Locale.ROOT), spec.id(), last.done(), last.articlesPerSecond(),
				last.message() == null ? "" : last.message().replace("\"", "'")));
		if (last.state() != EmbeddingProgress.State.COMPLETED) {
			err.println("error: embedding " + last.message());
			return 1;
		}
		return 0;
	}

	static void bar(PrintStream err, EmbeddingProgress p) {
		int filled = (int) Math.round(p.fraction() * BAR_WIDTH);
		err.printf(Locale.ROOT, "\r[%s%s] %d/%d articles embedded, %.1f/s", "#".repeat(filled),
				".".repeat(BAR_WIDTH - filled), p.done(), p.total(), p.articlesPerSecond());
		err.flush();
	}

}
