package com.lcnews.trends.shared.security;

/**
 * The Content-Security-Policy of the dashboard: what Vaadin Flow and the ECharts component need, nothing from other
 * origins. Flow's bootstrap page has inline scripts and Flow runs server-sent JavaScript with {@code new Function},
 * so scripts need {@code 'unsafe-inline'} and {@code 'unsafe-eval'}, and Lumo sets inline styles; what the policy
 * still gives: no script, style, font, image or connection from another origin (nothing injected can load code or
 * send data elsewhere), no plugins, no {@code <base>} tricks, forms post only here, and no framing by other sites.
 * Push uses a WebSocket to the same origin ({@code 'self'} covers it); charts export PNG through {@code data:} URLs.
 */
final class ContentSecurityPolicy {

	static final String VAADIN = String.join("; ", "default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
			"connect-src 'self'", "worker-src 'self' blob:", "manifest-src 'self'", "object-src 'none'", "base-uri 'self'",
			"form-action 'self'", "frame-ancestors 'none'");

	/** Browser features the dashboard never uses. */
	static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private ContentSecurityPolicy() {
	}

}
