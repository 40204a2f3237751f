package com.lcnews.trends.ingest.internal;

/**
 * What the whole page says about place.
 *
 * @param home the publication's home district (metadata, a dateline such as 东昌讯, or the district a page saying
 * 我区 names most), or null
 * @param homeEvidence where the home district comes from
 * @param homeFromMetadata whether the home district was given, not inferred: then it is also the default
 * @param local whether the page is about 聊城 (names 聊城 or a county, or only local towns): zone short forms such
 * as 开发区 count only then
 * @param foreignEvidence when the page is not local and names other places: the first such name, else null
 */
record PageContext(String home, String homeEvidence, boolean homeFromMetadata, boolean local, String foreignEvidence) {

	boolean foreign() {
		return foreignEvidence != null;
	}

}
