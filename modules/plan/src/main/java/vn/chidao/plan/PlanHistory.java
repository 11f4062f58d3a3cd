package vn.chidao.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.History;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.domain.Document;
import vn.chidao.plan.domain.Target;

/** The recorded changes of documents and targets, with who and when. */
@ApplicationScoped
@Transactional
public class PlanHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Planning planning;

    public List<History.Change> document(DocumentId id) {
        planning.document(id).orElseThrow(() -> RuleViolation.notFound("document.notFound", id.value()));
        return History.of(em, Document.class, id.value(), document -> {
            DocumentView v = document.view();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("kind", v.kind());
            fields.put("number", v.number());
            fields.put("issueDate", v.issueDate());
            fields.put("issuingBody", v.issuingBody());
            fields.put("summary", v.summary());
            fields.put("periodFrom", v.periodFrom());
            fields.put("periodTo", v.periodTo());
            fields.put("status", v.status());
            return fields;
        });
    }

    public List<History.Change> target(TargetId id) {
        if (!planning.targetExists(id)) {
            throw RuleViolation.notFound("target.notFound", id.value());
        }
        // a past revision's horizons are its recorded line ("2025: 15–20%; 2030: ≥ 30%"), not its rows
        return History.of(em, Target.class, id.value(), Target::recorded);
    }
}
