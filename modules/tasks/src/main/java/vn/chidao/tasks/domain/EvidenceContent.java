package vn.chidao.tasks.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an evidence file, apart from its record so that lists never load them. */
@Entity
@Table(name = "task_evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected EvidenceContent() {
    }

    public EvidenceContent(Long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
