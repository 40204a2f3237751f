package com.lcnews.trends.cli;

import java.util.List;

import com.lcnews.trends.batch.ClassifyCommand;
import com.lcnews.trends.classify.training.EvaluateCommand;
import com.lcnews.trends.classify.training.ModelsCommand;
import com.lcnews.trends.classify.training.PredictCommand;
import com.lcnews.trends.classify.training.TrainModelCommand;
import com.lcnews.trends.ingest.ExtractCommand;
import com.lcnews.trends.ingest.ImportCommand;
import com.lcnews.trends.shared.security.AccountsCommand;
import com.lcnews.trends.vectors.EmbedCommand;

/** The commands of the command line, in the order {@code --help} lists them. */
final class Commands {

	static final List<Class<?>> ALL = List.of(ExtractCommand.class, ImportCommand.class, TrainModelCommand.class,
			EvaluateCommand.class, PredictCommand.class, ModelsCommand.class, EmbedCommand.class, ClassifyCommand.class,
			AccountsCommand.class);

	private Commands() {
	}

}
