package com.lcnews.trends.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running application (java.net.http, no browser): keeps cookies like a browser
 * does, never follows redirects, so tests see exactly what the server answers.
 */
public final class HttpBrowserless {

	private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private String forwardedFor;

	public HttpBrowserless(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(20))
			.build();
	}

	/**
	 * Sends every request as if from {@code address}, through a proxy's {@code X-Forwarded-For} header (the server
	 * must trust it: {@code server.forward-headers-strategy=framework}).
	 */
	public HttpBrowserless from(String address) {
		this.forwardedFor = address;
		return this;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

	/** Posts a form; extra headers as name, value pairs. */
	public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Signs in the way the sign-in page does: loads {@code /login}, takes the CSRF token from its meta tags and posts
	 * the form with it. Returns the answer to the post.
	 */
	public HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(csrfField(get("/login").body()));
		form.put("username", user);
		form.put("password", password);
		return postForm("/login", form);
	}

	/** The CSRF form field announced by a page's meta tags (parameter name to token), empty when there is none. */
	public static Map<String, String> csrfField(String html) {
		Map<String, String> meta = new LinkedHashMap<>();
		Matcher m = META.matcher(html);
		while (m.find()) {
			meta.put(m.group(1), m.group(2));
		}
		return meta.containsKey("_csrf_parameter") && meta.containsKey("_csrf")
				? Map.of(meta.get("_csrf_parameter"), meta.get("_csrf")) : Map.of();
	}

	/** Whether the cookies of this client belong to a signed-in session: a view needing sign-in answers 200. */
	public boolean isSignedIn() throws IOException, InterruptedException {
		return get("/trends").statusCode() == 200;
	}

	/** The location a redirect points to, relative to the application, or null. */
	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(null);
	}

}
