package vn.chidao.reporting;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.tasks.TaskId;

/**
 * What to generate: a briefing (for one document, or all when {@code document} is null), a unit's
 * scorecard ({@code unit}), a task sheet ({@code task}) or the evaluation of a {@code period} ("2025-Q3", "2025");
 * {@code asOf} defaults to today.
 */
public record ReportRequest(ReportKind kind, ReportFormat format, DocumentId document, UnitId unit, TaskId task,
                            LocalDate asOf, String period) {

    public static ReportRequest briefing(DocumentId document, LocalDate asOf, ReportFormat format) {
        return new ReportRequest(ReportKind.BRIEFING, format, document, null, null, asOf, null);
    }

    public static ReportRequest evaluation(String period, ReportFormat format) {
        return new ReportRequest(ReportKind.EVALUATION, format, null, null, null, null, period);
    }
}
