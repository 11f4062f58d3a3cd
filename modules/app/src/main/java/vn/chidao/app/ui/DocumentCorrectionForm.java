package vn.chidao.app.ui;

import java.io.Serializable;

import vn.chidao.plan.DocumentStatus;
import vn.chidao.plan.DocumentView;

/** The correction of the chosen document: issuing body, summary, status. */
public class DocumentCorrectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String issuingBody;
    private String summary;
    private DocumentStatus status;

    void fill(DocumentView document) {
        issuingBody = document.issuingBody();
        summary = document.summary();
        status = document.status();
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }
}
