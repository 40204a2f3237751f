package com.lcnews.trends.api;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI description's title and the token scheme ({@code /v3/api-docs}, {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "聊城新闻话题趋势 API", version = "v1",
		description = "Import pages and read topic trends, coverage and articles. Every request needs an API token "
				+ "(Authorization: Bearer nt_...) that an administrator issues in the dashboard; the token's role "
				+ "decides what it may do, as in the dashboard.",
		license = @License(name = "GPL-3.0-or-later")))
@SecurityScheme(name = ApiDocumentation.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A client token issued in the dashboard (API tokens page)")
class ApiDocumentation {

	static final String TOKEN = "token";

}
