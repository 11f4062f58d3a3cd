package vn.chidao.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.organization.Organization;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.domain.Document;
import vn.chidao.plan.domain.Measurement;
import vn.chidao.plan.domain.Milestone;
import vn.chidao.plan.domain.Target;

/** Directive documents, their targets and measurements. */
@ApplicationScoped
@Transactional
public class Planning {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organization organization;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<DocumentView> documents() {
        return em.createQuery("select d from Document d order by d.issueDate desc, d.number", Document.class)
                .getResultList().stream().map(Document::view).toList();
    }

    public Optional<DocumentView> document(DocumentId id) {
        return Optional.ofNullable(em.find(Document.class, id.value())).map(Document::view);
    }

    public Optional<DocumentView> documentByNumber(String number) {
        return em.createQuery("select d from Document d where d.number = :n", Document.class)
                .setParameter("n", number.strip()).getResultStream().findFirst().map(Document::view);
    }

    public DocumentView createDocument(NewDocument request) {
        String number = request.number().strip();
        if (documentByNumber(number).isPresent()) {
            throw RuleViolation.invalid("number", "document.number.duplicate", number);
        }
        if (request.periodFrom() != null && request.periodTo() != null && request.periodTo() < request.periodFrom()) {
            throw RuleViolation.invalid("periodTo", "document.period.reversed");
        }
        Set<Long> implemented = new LinkedHashSet<>();
        for (DocumentId id : request.implementsDocuments()) {
            if (em.find(Document.class, id.value()) == null) {
                throw RuleViolation.invalid("implementsDocumentIds", "document.unknown", id.value());
            }
            implemented.add(id.value());
        }
        Document document = new Document(request.kind(), number, request.issueDate(), request.issuingBody().strip(),
                request.summary().strip(), request.periodFrom(), request.periodTo(), implemented);
        em.persist(document);
        em.flush();
        return document.view();
    }

    public DocumentView correctDocument(DocumentId id, long expectedVersion, String issuingBody, String summary,
                                        Integer periodFrom, Integer periodTo, DocumentStatus status) {
        Document document = em.find(Document.class, id.value());
        if (document == null) {
            throw RuleViolation.notFound("document.notFound", id.value());
        }
        if (document.version() != expectedVersion) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        document.correct(issuingBody, summary, periodFrom, periodTo, status);
        em.flush();
        return document.view();
    }

    /** Corrections; null leaves a field as it is; {@code milestones}, when given, replace every horizon. */
    public TargetView correctTarget(TargetId id, long expectedVersion, String name, Pillar pillar, String unitOfMeasure,
                                    BigDecimal baseline, LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
                                    List<NewMilestone> milestones, Direction direction) {
        Target target = em.find(Target.class, id.value());
        if (target == null) {
            throw RuleViolation.notFound("target.notFound", id.value());
        }
        if (target.version() != expectedVersion) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        String unit = unitOfMeasure != null ? unitOfMeasure : target.unitOfMeasure();
        target.correct(name, pillar, unitOfMeasure, baseline, baselineDate, targetValue, targetDate,
                milestones == null ? null : milestones(milestones, null, null, unit), direction);
        em.flush();
        return withLatest(List.of(target), today()).get(0);
    }

    public List<TargetView> targets(DocumentId document, LocalDate day) {
        List<Target> targets = em.createQuery("select t from Target t where t.documentId = :d order by t.id", Target.class)
                .setParameter("d", document.value()).getResultList();
        return inPlanOrder(withLatest(targets, day));
    }

    public List<TargetView> allTargets(LocalDate day) {
        return inPlanOrder(withLatest(em.createQuery("select t from Target t order by t.documentId, t.id", Target.class)
                .getResultList(), day));
    }

    /**
     * Targets as a plan lists them: by document, then by pillar in the plan's order (infrastructure, government, economy,
     * society, security; none last), then in the order they were entered or imported — not by the pillars' spelling.
     */
    private static List<TargetView> inPlanOrder(List<TargetView> targets) {
        return targets.stream().sorted(java.util.Comparator.comparing((TargetView t) -> t.document().value())
                .thenComparing(TargetView::pillar, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(t -> t.id().value())).toList();
    }

    public Optional<TargetView> target(TargetId id, LocalDate day) {
        Target target = em.find(Target.class, id.value());
        return target == null ? Optional.empty() : Optional.of(withLatest(List.of(target), day).get(0));
    }

    public TargetView createTarget(NewTarget request) {
        if (em.find(Document.class, request.document().value()) == null) {
            throw RuleViolation.notFound("document.notFound", request.document().value());
        }
        Target target = target(request);
        em.persist(target);
        em.flush();
        return target.view(List.of(), today());
    }

    /** The target {@code request} would create, as of {@code day}, without creating it; refused as creating it would be. */
    static TargetView preview(NewTarget request, LocalDate day) {
        return target(request).view(List.of(), day);
    }

    private static Target target(NewTarget request) {
        String unit = request.unitOfMeasure().strip();
        return new Target(request.document().value(), request.pillar(), request.name().strip(), unit, request.baseline(),
                request.baselineDate(), milestones(request.milestones(), request.targetValue(), request.targetDate(), unit),
                request.direction());
    }

    /**
     * The horizons of a target: each as the plan words it, or the single value by its day. Every horizon that cannot
     * be read is named, all at once; nothing is guessed.
     */
    static List<Milestone> milestones(List<NewMilestone> worded, BigDecimal value, LocalDate day, String unit) {
        if (worded.isEmpty()) {
            if (value == null || day == null) {
                throw RuleViolation.invalid("milestones", "target.milestones.required");
            }
            return List.of(Milestone.exact(value, day));
        }
        List<Milestone> read = new ArrayList<>();
        List<RuleViolation.Problem> problems = new ArrayList<>();
        for (int i = 0; i < worded.size(); i++) {
            NewMilestone m = worded.get(i);
            String field = "milestones[" + i + "]";
            if (m == null || m.due() == null) {
                problems.add(new RuleViolation.Problem(field, "target.milestone.dueRequired", List.of()));
                continue;
            }
            Optional<Milestone> milestone = Milestone.read(m.text(), m.due(), unit);
            if (milestone.isEmpty()) {
                problems.add(new RuleViolation.Problem(field, "target.milestone.unreadable", List.of(m.text() == null ? "" : m.text())));
            } else {
                read.add(milestone.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(RuleViolation.Kind.INVALID, problems);
        }
        return read;
    }

    public MeasurementView recordMeasurement(TargetId id, BigDecimal value, LocalDate asOf, String source,
                                             UnitId reportingUnit, String recordedBy) {
        Target target = em.find(Target.class, id.value());
        if (target == null) {
            throw RuleViolation.notFound("target.notFound", id.value());
        }
        if (asOf.isAfter(today())) {
            throw RuleViolation.invalid("asOf", "measurement.future");
        }
        if (value.signum() < 0) {
            throw RuleViolation.invalid("value", "measurement.negative", value.stripTrailingZeros().toPlainString());
        }
        if (target.percent() && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw RuleViolation.invalid("value", "target.percent.range", value.stripTrailingZeros().toPlainString());
        }
        if (reportingUnit != null && organization.unit(reportingUnit).isEmpty()) {
            throw RuleViolation.invalid("reportingUnitId", "unit.notFound", reportingUnit.value());
        }
        Measurement measurement = new Measurement(target.id(), value, asOf, source == null ? null : source.strip(),
                reportingUnit == null ? null : reportingUnit.value(), recordedBy);
        em.persist(measurement);
        em.flush();
        return measurement.view();
    }

    public List<MeasurementView> measurements(TargetId id) {
        return em.createQuery("select m from Measurement m where m.targetId = :t order by m.asOf, m.id", Measurement.class)
                .setParameter("t", id.value()).getResultList().stream().map(Measurement::view).toList();
    }

    public boolean targetExists(TargetId id) {
        return em.find(Target.class, id.value()) != null;
    }

    /** The measurements of every target up to {@code day} in one query, not one per target. */
    private List<TargetView> withLatest(List<Target> targets, LocalDate day) {
        if (targets.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = targets.stream().map(Target::id).collect(Collectors.toCollection(HashSet::new));
        Map<Long, List<MeasurementView>> measured = em.createQuery(
                        "select m from Measurement m where m.targetId in :ids and m.asOf <= :day", Measurement.class)
                .setParameter("ids", ids).setParameter("day", day).getResultList().stream()
                .map(Measurement::view)
                .collect(Collectors.groupingBy(m -> m.target().value()));
        return targets.stream().map(t -> t.view(measured.getOrDefault(t.id(), List.of()), day)).toList();
    }
}
