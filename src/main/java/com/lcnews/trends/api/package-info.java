/**
 * The HTTP API for systems around the newsroom (its CMS, a BI tool): import pages, read trend series, coverage and
 * articles as JSON under {@code /api/v1}, documented with OpenAPI ({@code /v3/api-docs}, {@code /swagger-ui.html}).
 * Clients authenticate with per-client tokens ({@link com.lcnews.trends.api.ApiTokenService}) that an administrator
 * issues and revokes in the dashboard; each token carries one of the dashboard's roles, with the same rules.
 * Depends on {@code shared}, {@code ingest}, {@code batch}, {@code trend} and {@code articles}.
 */
package com.lcnews.trends.api;
