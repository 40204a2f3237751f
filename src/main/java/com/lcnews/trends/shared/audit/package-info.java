/**
 * The audit log of the shared kernel: {@link com.lcnews.trends.shared.audit.AuditLog} owns table
 * {@code audit_event}; features record their changes through it (corrections, promotions, imports, account changes,
 * sign-in lockouts) and administrators read it on the dashboard. Depends on nothing else in the application.
 */
package com.lcnews.trends.shared.audit;
