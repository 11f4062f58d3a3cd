package vn.chidao.reporting.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.reporting.ArchivedReport;
import vn.chidao.reporting.BriefingReady;
import vn.chidao.reporting.ReportId;
import vn.chidao.reporting.ReportKind;

/** Stores generated reports with their bytes, lists them, and hands them back byte for byte. */
@ApplicationScoped
public class Archive {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<BriefingReady> ready;

    /** Stores a report; a scheduled briefing also announces itself, inside the same transaction. */
    @Transactional
    public ArchivedReport store(StoredReport report, byte[] content) {
        em.persist(report);
        em.flush();
        em.persist(new StoredReportContent(report.id(), content));
        ArchivedReport view = report.view();
        if (view.kind() == ReportKind.BRIEFING && view.schedule() != null) {
            ready.fire(new BriefingReady(view.id(), view.document(), view.period(), view.sizeBytes()));
        }
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArchivedReport> find(ReportId id) {
        return Optional.ofNullable(em.find(StoredReport.class, id.value())).map(StoredReport::view);
    }

    /** When the latest briefing about {@code document} (all documents when null) was generated before {@code before}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lastBriefing(DocumentId document, Instant before) {
        TypedQuery<Instant> query = em.createQuery("select max(r.generatedAt) from StoredReport r where r.kind = :kind"
                        + " and r.signedFrom is null and r.generatedAt < :before and "
                        + (document == null ? "r.documentId is null" : "r.documentId = :document"), Instant.class)
                .setParameter("kind", ReportKind.BRIEFING).setParameter("before", before);
        if (document != null) {
            query.setParameter("document", document.value());
        }
        return Optional.ofNullable(query.getSingleResult());
    }

    /** The signed copy of a report, if it was signed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArchivedReport> signedCopyOf(ReportId id) {
        return em.createQuery("select r from StoredReport r where r.signedFrom = :id", StoredReport.class).setParameter("id", id.value())
                .getResultStream().findFirst().map(StoredReport::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] content(ReportId id) {
        return em.createQuery("select c from StoredReportContent c where c.reportId = :id", StoredReportContent.class)
                .setParameter("id", id.value()).getSingleResult().content();
    }

    /** Newest first; only the given unit's reports when {@code unit} is not null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArchivedReport> list(ReportKind kind, UnitId unit, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select r from StoredReport r where 1 = 1");
        if (kind != null) {
            jpql.append(" and r.kind = :kind");
        }
        if (unit != null) {
            jpql.append(" and r.unitId = :unit");
        }
        TypedQuery<StoredReport> query = em.createQuery(jpql.append(" order by r.generatedAt desc, r.id desc").toString(),
                StoredReport.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (unit != null) {
            query.setParameter("unit", unit.value());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(StoredReport::view).toList();
    }
}
