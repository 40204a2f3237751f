package com.lcnews.trends.dashboard.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

import com.lcnews.trends.modelops.TrainingProgress;

/** The progress line of a retraining in the UI's language; the trainer's own (English) line only in English. */
final class TrainingTexts {

	private TrainingTexts() {
	}

	static String describe(TrainingProgress p, Function<String, String> t, boolean chinese) {
		String state = t.apply("state." + p.state().name().toLowerCase(Locale.ROOT));
		return switch (p.state()) {
			case IDLE -> state;
			case RUNNING -> state + " · " + running(p, t, chinese) + (chinese || p.lastMessage() == null ? "" : " · " + p.lastMessage());
			case COMPLETED -> state + " · " + t.apply("models.training.done").replace("{0}", String.valueOf(p.version()))
					.replace("{1}", seconds(p.elapsed(), t));
			case FAILED -> state + " · " + t.apply("models.training.failed")
					+ (chinese || p.lastMessage() == null ? "" : " · " + p.lastMessage());
		};
	}

	/** "已用 12 秒，预计还需约 30 秒" – the expectation is fixed at the start, so the time left only shrinks. */
	private static String running(TrainingProgress p, Function<String, String> t, boolean chinese) {
		String elapsed = t.apply("models.training.elapsed").replace("{0}", seconds(p.elapsed(), t));
		Duration left = p.remaining();
		if (left == null) {
			return elapsed;
		}
		return elapsed + (chinese ? "，" : ", ") + (left.isZero() ? t.apply("models.training.soon")
				: t.apply("models.training.left").replace("{0}", seconds(left, t)));
	}

	static String seconds(Duration d, Function<String, String> t) {
		long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
		return s < 120 ? t.apply("unit.seconds").replace("{0}", String.valueOf(s))
				: t.apply("unit.minutes").replace("{0}", String.valueOf(Math.round(s / 60.0)));
	}

}
