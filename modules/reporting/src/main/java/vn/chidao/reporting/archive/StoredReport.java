package vn.chidao.reporting.archive;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.reporting.ArchivedReport;
import vn.chidao.reporting.ReportFormat;
import vn.chidao.reporting.ReportId;
import vn.chidao.reporting.ReportKind;
import vn.chidao.tasks.TaskId;

/** An archived report's record; its bytes are in {@link StoredReportContent}. Never changed once written. */
@Entity
@Table(name = "rpt_report")
public class StoredReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ReportFormat format;

    @Column(nullable = false, length = 600)
    private String title;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(nullable = false, length = 500)
    private String parameters;

    @Column(name = "generated_by", nullable = false, length = 254)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "schedule_id")
    private Long scheduleId;

    @Column(length = 16)
    private String period;

    /** A signed copy: the unsigned report it signs, the certificate's subject, and when. */
    @Column(name = "signed_from")
    private Long signedFrom;

    @Column(length = 500)
    private String signer;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected StoredReport() {
    }

    public StoredReport(ReportKind kind, ReportFormat format, String title, String fileName, DocumentId document,
                        UnitId unit, TaskId task, LocalDate asOf, String parameters, String generatedBy,
                        Instant generatedAt, long sizeBytes, String sha256, Long scheduleId, String period) {
        this.kind = kind;
        this.format = format;
        this.title = title.length() > 600 ? title.substring(0, 600) : title;
        this.fileName = fileName;
        this.mediaType = format.mediaType();
        this.documentId = document == null ? null : document.value();
        this.unitId = unit == null ? null : unit.value();
        this.taskId = task == null ? null : task.value();
        this.asOf = asOf;
        this.parameters = parameters;
        this.generatedBy = generatedBy;
        this.generatedAt = generatedAt;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.scheduleId = scheduleId;
        this.period = period;
    }

    /** The signed copy of {@code original}: the same report, its new bytes' size and hash, who signed and when. */
    public static StoredReport signedCopy(ArchivedReport original, String parameters, String signer, Instant at, long sizeBytes,
                                          String sha256, String by) {
        String stem = original.fileName().replaceFirst("\\.pdf$", "");
        StoredReport copy = new StoredReport(original.kind(), original.format(), original.title(), stem + "-da-ky-so.pdf",
                original.document(), original.unit(), original.task(), original.asOf(), parameters, by, at, sizeBytes, sha256,
                null, null);
        copy.signedFrom = original.id().value();
        copy.signer = signer.length() > 500 ? signer.substring(0, 500) : signer;
        copy.signedAt = at;
        return copy;
    }

    public Long id() {
        return id;
    }

    public ArchivedReport view() {
        return new ArchivedReport(new ReportId(id), kind, format, title, fileName,
                documentId == null ? null : new DocumentId(documentId), unitId == null ? null : new UnitId(unitId),
                taskId == null ? null : new TaskId(taskId), asOf, generatedBy, generatedAt, sizeBytes, sha256, scheduleId, period,
                signedFrom == null ? null : new ReportId(signedFrom), signer, signedAt);
    }
}
