package vn.chidao.reporting;

import vn.chidao.plan.DocumentId;

/**
 * A scheduled briefing has been generated and archived; fired inside the archiving transaction so
 * that a listener can write its outbox rows in the same commit. {@code document} is null for a
 * briefing on every document.
 */
public record BriefingReady(ReportId report, DocumentId document, String period, long sizeBytes) {
}
