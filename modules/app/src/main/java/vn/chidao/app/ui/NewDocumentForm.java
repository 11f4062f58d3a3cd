package vn.chidao.app.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import vn.chidao.plan.DocumentKind;
import vn.chidao.plan.NewDocument;

/** A directive document as the secretariat records it on the documents and targets page. */
public class NewDocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private DocumentKind kind = DocumentKind.PLAN;
    private String number;
    private LocalDate issueDate;
    private String issuingBody;
    private String summary;

    NewDocument toNewDocument() {
        return new NewDocument(kind, number, issueDate, issuingBody, summary, null, null, List.of());
    }

    /** After a document is recorded: ready for the next one of the same kind and issuer. */
    void clear() {
        number = null;
        summary = null;
        issueDate = null;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
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
}
