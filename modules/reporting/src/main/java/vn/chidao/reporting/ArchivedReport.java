package vn.chidao.reporting;

import java.time.Instant;
import java.time.LocalDate;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.tasks.TaskId;

/**
 * A generated report as the archive lists it: what was asked, by whom, when, and its SHA-256; a signed copy also names the
 * report it signs ({@code signedFrom}), the certificate's subject ({@code signer}) and when it was signed.
 */
public record ArchivedReport(ReportId id, ReportKind kind, ReportFormat format, String title, String fileName,
                             DocumentId document, UnitId unit, TaskId task, LocalDate asOf, String generatedBy,
                             Instant generatedAt, long sizeBytes, String sha256, Long schedule, String period,
                             ReportId signedFrom, String signer, Instant signedAt) {
}
