package com.lcnews.trends.dashboard.ui;

import org.springframework.stereotype.Component;

import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.batch.LabelCorrectionService;

/** Opens the article detail dialog from any view, with the services it needs. */
@Component
class ArticleDialogFactory {

	private final ArticleQueryService articles;

	private final LabelCorrectionService corrections;

	private final Names names;

	ArticleDialogFactory(ArticleQueryService articles, LabelCorrectionService corrections, Names names) {
		this.articles = articles;
		this.corrections = corrections;
		this.names = names;
	}

	/** Opens article {@code id}; {@code onCorrected} runs after a topic correction was saved (may be null). */
	ArticleDialog open(long id, Runnable onCorrected) {
		ArticleDialog dialog = new ArticleDialog(articles, corrections, names, id, onCorrected);
		dialog.open();
		return dialog;
	}

}
