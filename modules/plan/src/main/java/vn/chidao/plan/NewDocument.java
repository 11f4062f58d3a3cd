package vn.chidao.plan;

import java.time.LocalDate;
import java.util.List;

public record NewDocument(DocumentKind kind, String number, LocalDate issueDate, String issuingBody, String summary,
                          Integer periodFrom, Integer periodTo, List<DocumentId> implementsDocuments) {

    public NewDocument {
        implementsDocuments = implementsDocuments == null ? List.of() : List.copyOf(implementsDocuments);
    }
}
