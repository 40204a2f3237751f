package com.lcnews.trends.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lcnews.trends.shared.security.Roles;

/** The HTTP API through real requests: tokens, roles, import, reads, documentation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ApiTokenService tokens;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(String path, String token, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void withoutAValidTokenTheApiAnswers401AndSaysWhatIsNeeded() throws Exception {
		HttpResponse<String> none = get("/api/v1/topics", null);
		HttpResponse<String> forged = get("/api/v1/topics", "nt_not-a-token");

		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.body()).contains("API token");
		assertThat(forged.statusCode()).isEqualTo(401);
	}

	@Test
	void anEditorTokenReadsButMayNotImportAndARevokedTokenIsRefused() throws Exception {
		var issued = tokens.issue("BI dashboard", Roles.EDITOR, "admin");

		HttpResponse<String> topics = get("/api/v1/topics", issued.token());
		HttpResponse<String> trends = get("/api/v1/trends?granularity=MONTH&from=2020-01-01&to=2023-12-31", issued.token());
		HttpResponse<String> importing = post("/api/v1/pages", issued.token(), "{\"pages\":[{\"name\":\"x.txt\",\"text\":\"x\"}]}");

		assertThat(topics.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(topics.body())).hasSize(11);
		assertThat(JSON.readTree(topics.body()).get(0).get("nameZh").asText()).isEqualTo("疫情防控");
		assertThat(trends.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(trends.body()).isArray()).isTrue();
		assertThat(importing.statusCode()).isEqualTo(403);
		assertThat(tokens.list()).filteredOn(c -> c.id() == issued.client().id()).singleElement()
			.satisfies(c -> assertThat(c.lastUsedAt()).isNotNull());

		tokens.revoke(issued.client().id(), "admin");
		assertThat(get("/api/v1/topics", issued.token()).statusCode()).isEqualTo(401);
	}

	@Test
	void anAdministratorTokenImportsPagesAndTheArticlesCanBeReadBack() throws Exception {
		var issued = tokens.issue("CMS", Roles.ADMIN, "admin");
		String text = Files.readString(Path.of("seeds/pages/004_44f3449805548687.txt"));
		String body = JSON.writeValueAsString(java.util.Map.of("publication", "聊城日报", "issueDate", "2022-11-18",
				"pages", java.util.List.of(java.util.Map.of("name", "api-A04.txt", "text", text))));

		HttpResponse<String> imported = post("/api/v1/pages", issued.token(), body);
		HttpResponse<String> bad = post("/api/v1/pages", issued.token(), "{\"pages\":[]}");

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode report = JSON.readTree(imported.body());
		assertThat(report.get("files").get(0).get("articlesNew").asInt() + report.get("files").get(0).get("articlesKnown").asInt())
			.isGreaterThan(3);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("No pages");

		JsonNode page = JSON.readTree(get("/api/v1/articles?limit=200", issued.token()).body());
		assertThat(page.get("items")).anySatisfy(a -> assertThat(a.get("source").asText()).isEqualTo("api-A04.txt"));
		long id = page.get("items").get(0).get("id").asLong();
		HttpResponse<String> detail = get("/api/v1/articles/" + id, issued.token());
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/articles/999999999", issued.token()).statusCode()).isEqualTo(404);
	}

	@Test
	void theOpenApiDescriptionIsServedAndNamesTheEndpointsAndTheTokenScheme() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs", null);

		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode openApi = JSON.readTree(docs.body());
		assertThat(openApi.get("paths").has("/api/v1/trends")).isTrue();
		assertThat(openApi.get("paths").has("/api/v1/pages")).isTrue();
		assertThat(openApi.at("/components/securitySchemes/token/scheme").asText()).isEqualTo("bearer");
		assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
	}

}
