package vn.chidao.plan;

import java.time.LocalDate;
import java.util.List;

public record DocumentView(DocumentId id, DocumentKind kind, String number, LocalDate issueDate, String issuingBody,
                           String summary, Integer periodFrom, Integer periodTo, DocumentStatus status,
                           List<DocumentId> implementsDocuments, long version) {

    public DocumentView {
        implementsDocuments = List.copyOf(implementsDocuments);
    }
}
