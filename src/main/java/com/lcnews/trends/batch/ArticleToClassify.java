package com.lcnews.trends.batch;

import com.lcnews.trends.shared.Article;

/**
 * An article as the classification job reads it: with its stored sentence vector of the model's encoder spec, or null
 * when the model reads no vectors or none is stored (the model then embeds the text itself).
 */
record ArticleToClassify(Article article, float[] vector) {

	static ArticleToClassify of(Article article) {
		return new ArticleToClassify(article, null);
	}

}
