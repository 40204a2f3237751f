/**
 * Shared kernel: the value types every feature may use (articles, topics, districts, date precision) and the
 * application-wide settings. Depends on nothing else in the application.
 */
package com.lcnews.trends.shared;
