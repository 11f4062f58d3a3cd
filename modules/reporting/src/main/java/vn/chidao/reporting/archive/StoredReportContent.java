package vn.chidao.reporting.archive;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an archived report, apart from its record so that listing the archive never loads them. */
@Entity
@Table(name = "rpt_report_content")
public class StoredReportContent {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected StoredReportContent() {
    }

    public StoredReportContent(Long reportId, byte[] content) {
        this.reportId = reportId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
