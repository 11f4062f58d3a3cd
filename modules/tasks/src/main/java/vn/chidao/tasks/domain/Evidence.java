package vn.chidao.tasks.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.chidao.organization.UnitId;
import vn.chidao.tasks.EvidenceView;
import vn.chidao.tasks.TaskId;

/** A file a unit attached to a progress report as evidence (minh chứng). */
@Entity
@Table(name = "task_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "progress_id", nullable = false)
    private Long progressId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Evidence() {
    }

    public Evidence(Long taskId, Long progressId, Long unitId, String fileName, String mediaType, long sizeBytes,
                    String sha256, String uploadedBy, Instant uploadedAt) {
        this.taskId = taskId;
        this.progressId = progressId;
        this.unitId = unitId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public EvidenceView view() {
        return new EvidenceView(id, new TaskId(taskId), progressId, new UnitId(unitId), fileName, mediaType, sizeBytes, sha256,
                uploadedBy, uploadedAt);
    }

    public Long id() {
        return id;
    }

    public Long taskId() {
        return taskId;
    }
}
