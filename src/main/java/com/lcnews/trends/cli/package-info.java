/**
 * The command frame: runs one picocli command, found among the application's beans, instead of the web server.
 * Features contribute commands as beans annotated with {@code @Command} implementing {@code Callable<Integer>}.
 * May depend on every feature's public API; nothing depends on it.
 */
package com.lcnews.trends.cli;
