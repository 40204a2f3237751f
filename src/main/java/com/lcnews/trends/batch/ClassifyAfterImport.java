package com.lcnews.trends.batch;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.lcnews.trends.shared.ArticlesImported;

/**
 * Classifies new articles after an import in the running application (if {@code newstrends.batch.classify-after-import}
 * is on). Commands exit when they are done, so there an import is followed by the {@code classify} command instead.
 */
@Component
@Profile("!command")
class ClassifyAfterImport {

	private final BatchRunService batch;

	ClassifyAfterImport(BatchRunService batch) {
		this.batch = batch;
	}

	@EventListener
	void onArticlesImported(ArticlesImported event) {
		batch.importFinished(event.user() == null ? "import" : event.user());
	}

}
