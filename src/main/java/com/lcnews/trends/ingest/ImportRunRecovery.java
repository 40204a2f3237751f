package com.lcnews.trends.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import com.lcnews.trends.ingest.internal.ArticleStore;

/**
 * At start, marks the import runs that a process left 'running' (killed midway) as failed, with the reason; the
 * pages they stored stay (each page was stored wholly or not at all). A second process importing into the same
 * database at that very moment would see its run marked too: start the dashboard and command-line imports apart.
 */
@Component
class ImportRunRecovery implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ImportRunRecovery.class);

	private final ArticleStore store;

	ImportRunRecovery(ArticleStore store) {
		this.store = store;
	}

	@Override
	public void afterPropertiesSet() {
		int failed = store.failUnfinishedRuns();
		if (failed > 0) {
			log.warn("Marked {} import run(s) left unfinished by an earlier process as failed", failed);
		}
	}

}
