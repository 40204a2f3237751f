package com.lcnews.trends.shared;

import java.util.List;

/**
 * Changes the date and district of stored articles and keeps every count derived from them in step, in one
 * transaction (implemented by the batch feature, which owns the rollups). Used when an administrator gives the issue
 * date or home district of an imported page.
 */
public interface ArticlePlacements {

	/**
	 * Stores the new decisions and moves the articles' rollup counts.
	 * @return how many articles changed
	 * @throws ClassificationRunningException while a classification run is in progress (its counts would race)
	 */
	int place(List<ArticlePlacement> changes);

}
