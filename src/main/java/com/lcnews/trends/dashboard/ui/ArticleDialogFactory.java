package com.lcnews.trends.dashboard.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.lcnews.trends.articles.ArticleQueryService;
import com.lcnews.trends.batch.LabelCorrectionService;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.vectors.SimilarArticles;

/** Opens the article detail dialog from any view, with the services it needs. */
@Component
class ArticleDialogFactory {

	/** How many similar articles the dialog lists. */
	static final int SIMILAR_SHOWN = 5;

	private final ArticleQueryService articles;

	private final LabelCorrectionService corrections;

	private final Names names;

	private final SimilarArticles similar;

	private final PromotedModel promoted;

	ArticleDialogFactory(ArticleQueryService articles, LabelCorrectionService corrections, Names names,
			SimilarArticles similar, PromotedModel promoted) {
		this.articles = articles;
		this.corrections = corrections;
		this.names = names;
		this.similar = similar;
		this.promoted = promoted;
	}

	/** Similar articles and copies by the promoted model's encoder (or any the article has a vector of). */
	SimilarArticles.Related related(long id) {
		Optional<EncoderSpec> spec;
		try {
			spec = promoted.classifier().encoder();
		}
		catch (IllegalStateException noModel) {
			spec = Optional.empty();
		}
		return similar.related(id, spec, SIMILAR_SHOWN);
	}

	/** Opens article {@code id}; {@code onCorrected} runs after a topic correction was saved (may be null). */
	ArticleDialog open(long id, Runnable onCorrected) {
		ArticleDialog dialog = new ArticleDialog(articles, corrections, names, id, onCorrected);
		dialog.showRelated(related(id), other -> {
			dialog.close();
			open(other, onCorrected);
		});
		dialog.open();
		return dialog;
	}

}
