package vn.chidao.reporting.archive;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.chidao.plan.DocumentId;
import vn.chidao.reporting.Frequency;
import vn.chidao.reporting.ScheduleView;

/** A briefing generated every week, month or quarter for a document (or for all documents). */
@Entity
@Table(name = "rpt_schedule")
public class BriefingSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id")
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Frequency frequency;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "last_period", length = 16)
    private String lastPeriod;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BriefingSchedule() {
    }

    public BriefingSchedule(DocumentId document, Frequency frequency, String createdBy, Instant createdAt) {
        this.documentId = document == null ? null : document.value();
        this.frequency = frequency;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public DocumentId document() {
        return documentId == null ? null : new DocumentId(documentId);
    }

    public Frequency frequency() {
        return frequency;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public void stop() {
        active = false;
    }

    public ScheduleView view() {
        return new ScheduleView(id, document(), frequency, active, lastPeriod, version);
    }
}
