package vn.chidao.reporting;

import java.time.LocalDate;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.tasks.TaskId;

/**
 * What to generate: a briefing (for one document, or all when {@code document} is null), a unit's
 * scorecard ({@code unit}) or a task sheet ({@code task}); {@code asOf} defaults to today.
 */
public record ReportRequest(ReportKind kind, ReportFormat format, DocumentId document, UnitId unit, TaskId task,
                            LocalDate asOf) {

    public static ReportRequest briefing(DocumentId document, LocalDate asOf, ReportFormat format) {
        return new ReportRequest(ReportKind.BRIEFING, format, document, null, null, asOf);
    }
}
