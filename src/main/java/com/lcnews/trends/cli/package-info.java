/**
 * The command frame: runs one picocli command instead of the web server. Commands are plain classes listed in
 * {@code Commands}; those that use the store get the application's services through
 * {@link com.lcnews.trends.shared.CommandServices}, started only when they run. May depend on every feature's public
 * API; nothing depends on it.
 */
package com.lcnews.trends.cli;
