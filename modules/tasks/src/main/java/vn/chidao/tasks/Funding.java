package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Planning;
import vn.chidao.tasks.domain.Disbursement;
import vn.chidao.tasks.domain.FundingPlan;
import vn.chidao.tasks.domain.FundingSource;
import vn.chidao.tasks.domain.Task;
import vn.chidao.tasks.domain.Visibility;

/**
 * The money behind a plan (kinh phí): the sources the secretariat keeps, funding planned by source and year for a
 * document as a whole or for a task, what lead units disbursed with their progress reports, the secretariat's
 * corrections, and summaries by document, pillar, lead unit and source. A unit's people see the funding of the tasks
 * their unit leads or takes part in, and nothing of others'.
 */
@ApplicationScoped
@Transactional
public class Funding {

    /** Years a plan may budget for. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Planning planning;

    @Inject
    Organization organization;

    // ---- sources

    /** The sources in the secretariat's order, retired ones last. */
    public List<FundingSourceView> sources() {
        return em.createQuery("select s from FundingSource s order by s.active desc, s.position, s.id", FundingSource.class)
                .getResultStream().map(FundingSource::view).toList();
    }

    public FundingSourceView addSource(String code, String name, Caller caller) {
        TaskAccess.requireSecretariat(caller);
        String c = required(code, "code", "funding.source.code");
        String n = required(name, "name", "funding.source.name");
        if (c.length() > 32 || !c.matches("[\\p{L}\\p{N}_-]+")) {
            throw RuleViolation.invalid("code", "funding.source.code");
        }
        if (!em.createQuery("select s.id from FundingSource s where lower(s.code) = lower(:c)", Long.class).setParameter("c", c)
                .getResultList().isEmpty()) {
            throw RuleViolation.conflict("code", "funding.source.taken", c);
        }
        int position = em.createQuery("select coalesce(max(s.position), 0) from FundingSource s", Integer.class).getSingleResult() + 1;
        FundingSource source = new FundingSource(c, n.length() > 200 ? n.substring(0, 200) : n, position);
        em.persist(source);
        em.flush();
        audit.recordQuietly(caller.email(), null, AuditLog.Action.SETTINGS_CHANGED, "funding source " + source.id(), "added " + c);
        return source.view();
    }

    /** Renames, reorders or retires a source (a retired one takes no new amounts; amounts already naming it stay). */
    public FundingSourceView changeSource(long id, String name, Integer position, boolean active, Long version, Caller caller) {
        TaskAccess.requireSecretariat(caller);
        long expected = version(version);
        FundingSource source = em.find(FundingSource.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (source == null) {
            throw RuleViolation.notFound("funding.source.unknown", id);
        }
        if (source.version() != expected) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        String n = required(name, "name", "funding.source.name");
        if (position == null || position < 0 || position > 1000) {
            throw RuleViolation.invalid("position", "funding.source.position");
        }
        source.change(n, position, active);
        em.flush();
        audit.recordQuietly(caller.email(), null, AuditLog.Action.SETTINGS_CHANGED, "funding source " + id,
                n + (active ? "" : " (retired)"));
        return source.view();
    }

    // ---- planned funding

    /** The secretariat plans funding for a document's envelope or a task: one line per source and year. */
    public FundingLineView plan(NewFundingLine line, Caller caller) {
        TaskAccess.requireSecretariat(caller);
        if (line == null) {
            throw RuleViolation.invalid("amount", "funding.amount.required");
        }
        Long documentId = line.document();
        Long taskId = line.task();
        if (taskId != null) {
            Task task = access.visible(new TaskId(taskId), caller);
            if (documentId != null && !documentId.equals(task.documentId())) {
                throw RuleViolation.invalid("document", "funding.document.notTheTasks");
            }
            documentId = task.documentId();
        } else if (documentId == null || planning.document(new DocumentId(documentId)).isEmpty()) {
            throw RuleViolation.invalid("document", "funding.owner.required");
        }
        FundingSource source = activeSource(line.source());
        int year = year(line.year());
        long amount = amount(line.amount(), "amount");
        String owner = FundingPlan.owner(documentId, taskId);
        if (!em.createQuery("select f.id from FundingPlan f where f.owner = :o and f.sourceId = :s and f.year = :y", Long.class)
                .setParameter("o", owner).setParameter("s", source.id()).setParameter("y", year).getResultList().isEmpty()) {
            throw RuleViolation.conflict("source", "funding.line.exists", source.name(), year);
        }
        FundingPlan plan = new FundingPlan(documentId, taskId, source.id(), year, amount, caller.email(), access.now());
        em.persist(plan);
        em.flush();
        return view(plan, Map.of(source.id(), source.name()));
    }

    /** Changes a line's amount at the version read (else 409). */
    public FundingLineView changePlan(long id, Long amount, Long version, Caller caller) {
        TaskAccess.requireSecretariat(caller);
        long expected = version(version);
        FundingPlan plan = plannedLine(id);
        if (plan.version() != expected) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        plan.change(amount(amount, "amount"), caller.email(), access.now());
        em.flush();
        return view(plan, sourceNames());
    }

    public void removePlan(long id, Long version, Caller caller) {
        TaskAccess.requireSecretariat(caller);
        long expected = version(version);
        FundingPlan plan = plannedLine(id);
        if (plan.version() != expected) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        em.remove(plan);
        em.flush();
    }

    /** A document's envelope: the funding planned for it as a whole, by source and year. */
    public List<FundingLineView> envelope(DocumentId document) {
        Map<Long, String> names = sourceNames();
        return em.createQuery("select f from FundingPlan f where f.documentId = :d and f.taskId is null order by f.year, f.sourceId",
                FundingPlan.class).setParameter("d", document.value()).getResultStream().map(f -> view(f, names)).toList();
    }

    /** A task's funding, for whoever may see the task. */
    public TaskFunding task(TaskId id, Caller caller) {
        Task task = access.visible(id, caller);
        Map<Long, String> names = sourceNames();
        List<FundingLineView> planned = em.createQuery("select f from FundingPlan f where f.taskId = :t order by f.year, f.sourceId",
                FundingPlan.class).setParameter("t", task.id()).getResultStream().map(f -> view(f, names)).toList();
        List<DisbursementView> disbursed = em.createQuery("select d from Disbursement d where d.taskId = :t order by d.disbursedOn, d.id",
                Disbursement.class).setParameter("t", task.id()).getResultStream().map(d -> view(d, names)).toList();
        long plannedTotal = planned.stream().mapToLong(FundingLineView::amount).sum();
        long disbursedTotal = disbursed.stream().mapToLong(DisbursementView::amount).sum();
        // above plan, source by source: paying a source out beyond its line is what the secretariat must look at
        Map<Long, Long> plannedBySource = new HashMap<>();
        planned.forEach(l -> plannedBySource.merge(l.source(), l.amount(), Long::sum));
        Map<Long, Long> disbursedBySource = new LinkedHashMap<>();
        disbursed.forEach(d -> disbursedBySource.merge(d.source(), d.amount(), Long::sum));
        List<String> overPlan = disbursedBySource.entrySet().stream()
                .filter(e -> e.getValue() > plannedBySource.getOrDefault(e.getKey(), 0L)).map(e -> names.get(e.getKey())).toList();
        return new TaskFunding(id, planned, disbursed, plannedTotal, disbursedTotal, !overPlan.isEmpty(), overPlan);
    }

    // ---- disbursement

    /**
     * Checks what a progress report says was disbursed before anything is written: amounts of active sources, none
     * negative, one line per source; a report with nothing disbursed has an empty list.
     */
    List<Disbursed> checked(List<Disbursed> lines) {
        if (lines == null || lines.isEmpty()) {
            return List.of();
        }
        List<Long> seen = new ArrayList<>();
        List<Disbursed> kept = new ArrayList<>();
        for (Disbursed line : lines) {
            if (line == null) {
                throw RuleViolation.invalid("disbursements", "funding.amount.required");
            }
            FundingSource source = activeSource(line.source());
            if (seen.contains(source.id())) {
                throw RuleViolation.invalid("disbursements", "funding.disbursement.repeated", source.name());
            }
            seen.add(source.id());
            long amount = amount(line.amount(), "disbursements");
            if (amount > 0) {
                kept.add(new Disbursed(source.id(), amount));
            }
        }
        return kept;
    }

    /** Records, within the progress report's transaction, what the lead unit disbursed since its previous report. */
    void disburse(Task task, Long progressId, UnitId unit, LocalDate day, List<Disbursed> lines, Caller caller) {
        if (lines.isEmpty()) {
            return;
        }
        for (Disbursed line : lines) {
            em.persist(new Disbursement(task.id(), progressId, unit.value(), line.source(), line.amount(), day, caller.email(),
                    access.now()));
        }
    }

    /** The secretariat corrects a reported amount, with a reason; the earlier amount stays in the history. */
    public DisbursementView correct(long id, Long amount, String reason, Long version, Caller caller) {
        TaskAccess.requireSecretariat(caller);
        long expected = version(version);
        Disbursement disbursement = em.find(Disbursement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (disbursement == null) {
            throw RuleViolation.notFound("funding.disbursement.unknown", id);
        }
        if (disbursement.version() != expected) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        long corrected = amount(amount, "amount");
        String why = required(reason, "reason", "funding.correction.reason");
        long before = disbursement.amount();
        disbursement.correct(corrected, why.length() > 1000 ? why.substring(0, 1000) : why, caller.email(), access.now());
        em.flush();
        audit.recordQuietly(caller.email(), null, AuditLog.Action.SETTINGS_CHANGED, "disbursement " + id + " of task "
                + disbursement.taskId(), before + " -> " + corrected + ": " + why);
        return view(disbursement, sourceNames());
    }

    // ---- summaries

    /**
     * Funding planned and disbursed by document, pillar, lead unit or source, for one document or all, as of a day
     * (disbursements reported by then); a unit's people count only the tasks their unit takes part in.
     */
    public FundingSummary summary(FundingBreakdown by, DocumentId document, LocalDate asOf, Caller caller, Locale locale) {
        LocalDate day = asOf == null ? access.today() : asOf;
        if (day.isAfter(access.today())) {
            throw RuleViolation.invalid("asOf", "task.asOf.future", day);
        }
        FundingBreakdown breakdown = by == null ? FundingBreakdown.DOCUMENT : by;
        String key = switch (breakdown) {
            case DOCUMENT -> "t.documentId";
            case PILLAR -> "t.pillar";
            case UNIT -> "t.leadUnitId";
            case SOURCE -> "x.sourceId";
        };
        String where = (caller.readsEverything() ? "" : " and " + Visibility.JPQL) + (document == null ? "" : " and t.documentId = :document");
        Map<Object, Long> planned = sums("select " + key + ", sum(x.amount) from FundingPlan x, Task t where x.taskId = t.id" + where
                + " group by " + key, caller, document, null);
        Map<Object, Long> disbursed = sums("select " + key + ", sum(x.amount) from Disbursement x, Task t where x.taskId = t.id"
                + " and x.disbursedOn <= :day" + where + " group by " + key, caller, document, day);
        Map<Object, Long> envelopes = new HashMap<>();
        if (breakdown == FundingBreakdown.DOCUMENT || breakdown == FundingBreakdown.SOURCE) {
            String envelopeKey = breakdown == FundingBreakdown.DOCUMENT ? "x.documentId" : "x.sourceId";
            TypedQuery<Object[]> q = em.createQuery("select " + envelopeKey + ", sum(x.amount) from FundingPlan x where x.taskId is null"
                    + (document == null ? "" : " and x.documentId = :document") + " group by " + envelopeKey, Object[].class);
            if (document != null) {
                q.setParameter("document", document.value());
            }
            q.getResultList().forEach(r -> envelopes.put(r[0], ((Number) r[1]).longValue()));
        }
        java.util.Set<Object> keys = new java.util.LinkedHashSet<>();
        keys.addAll(envelopes.keySet());
        keys.addAll(planned.keySet());
        keys.addAll(disbursed.keySet());
        Function<Object, String> names = namer(breakdown, locale);
        boolean withEnvelope = breakdown == FundingBreakdown.DOCUMENT || breakdown == FundingBreakdown.SOURCE;
        List<FundingRow> rows = keys.stream()
                .map(k -> row(String.valueOf(k instanceof Enum<?> e ? e.name() : k), names.apply(k),
                        withEnvelope ? envelopes.getOrDefault(k, 0L) : null, planned.getOrDefault(k, 0L), disbursed.getOrDefault(k, 0L)))
                .sorted(order(breakdown))
                .toList();
        FundingRow total = row("", Messages.text(locale, "funding.total"),
                withEnvelope ? rows.stream().mapToLong(r -> r.envelope() == null ? 0 : r.envelope()).sum() : null,
                rows.stream().mapToLong(FundingRow::planned).sum(), rows.stream().mapToLong(FundingRow::disbursed).sum());
        return new FundingSummary(breakdown, day, rows, total);
    }

    private Comparator<FundingRow> order(FundingBreakdown by) {
        if (by == FundingBreakdown.SOURCE) {
            Map<String, Integer> positions = new HashMap<>();
            List<FundingSourceView> sources = sources();
            for (int i = 0; i < sources.size(); i++) {
                positions.put(String.valueOf(sources.get(i).id()), i);
            }
            return Comparator.comparing(r -> positions.getOrDefault(r.key(), Integer.MAX_VALUE));
        }
        if (by == FundingBreakdown.PILLAR) {
            return Comparator.comparing(r -> vn.chidao.plan.Pillar.valueOf(r.key()).ordinal());
        }
        return Comparator.comparingLong((FundingRow r) -> -Math.max(r.planned(), r.envelope() == null ? 0 : r.envelope()))
                .thenComparing(FundingRow::name, vn.chidao.kernel.Words.vietnameseOrder());
    }

    private static FundingRow row(String key, String name, Long envelope, long planned, long disbursed) {
        return new FundingRow(key, name, envelope, planned, disbursed, planned == 0 ? null : disbursed * 100.0 / planned,
                disbursed > planned);
    }

    private Function<Object, String> namer(FundingBreakdown by, Locale locale) {
        return switch (by) {
            case DOCUMENT -> {
                Map<Long, String> names = new HashMap<>();
                planning.documents().forEach(d -> names.put(d.id().value(), documentName(d)));
                yield k -> names.getOrDefault((Long) k, "#" + k);
            }
            case PILLAR -> k -> Messages.text(locale, "plan.pillar." + ((vn.chidao.plan.Pillar) k).name());
            case UNIT -> {
                // every unit's name in one query, not one per row
                Map<Long, String> names = new HashMap<>();
                organization.units(null).forEach(u -> names.put(u.id().value(), u.name()));
                yield k -> names.getOrDefault((Long) k, "#" + k);
            }
            case SOURCE -> {
                Map<Long, String> names = sourceNames();
                yield k -> names.getOrDefault((Long) k, "#" + k);
            }
        };
    }

    private static String documentName(DocumentView d) {
        return d.number() == null || d.number().isBlank() ? d.summary() : d.number();
    }

    private Map<Object, Long> sums(String jpql, Caller caller, DocumentId document, LocalDate day) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        if (!caller.readsEverything()) {
            query.setParameter("me", Visibility.me(caller));
        }
        if (document != null) {
            query.setParameter("document", document.value());
        }
        if (day != null) {
            query.setParameter("day", day);
        }
        Map<Object, Long> sums = new LinkedHashMap<>();
        query.getResultList().forEach(r -> sums.put(r[0], ((Number) r[1]).longValue()));
        return sums;
    }

    // ---- helpers

    private FundingPlan plannedLine(long id) {
        FundingPlan plan = em.find(FundingPlan.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw RuleViolation.notFound("funding.line.unknown", id);
        }
        return plan;
    }

    FundingSource activeSource(Long id) {
        FundingSource source = id == null ? null : em.find(FundingSource.class, id);
        if (source == null || !source.active()) {
            throw RuleViolation.invalid("source", "funding.source.unknown", id == null ? "" : id);
        }
        return source;
    }

    Map<Long, String> sourceNames() {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select s from FundingSource s", FundingSource.class).getResultStream().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    private static long version(Long version) {
        if (version == null) {
            throw RuleViolation.invalid("version", "request.invalid");
        }
        return version;
    }

    private static int year(Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw RuleViolation.invalid("year", "funding.year");
        }
        return year;
    }

    private static long amount(Long amount, String field) {
        if (amount == null) {
            throw RuleViolation.invalid(field, "funding.amount.required");
        }
        if (amount < 0) {
            throw RuleViolation.invalid(field, "funding.amount.negative");
        }
        return amount;
    }

    private static String required(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid(field, message);
        }
        return text.strip();
    }

    private static FundingLineView view(FundingPlan f, Map<Long, String> names) {
        return new FundingLineView(f.id(), new DocumentId(f.documentId()), f.taskId() == null ? null : new TaskId(f.taskId()),
                f.sourceId(), names.get(f.sourceId()), f.year(), f.amount(), f.changedBy(), f.changedAt(), f.version());
    }

    private static DisbursementView view(Disbursement d, Map<Long, String> names) {
        return new DisbursementView(d.id(), new TaskId(d.taskId()), d.progressId(), new UnitId(d.unitId()), d.sourceId(),
                names.get(d.sourceId()), d.amount(), d.disbursedOn(), d.reportedBy(), d.correctedBy(), d.correctedAt(),
                d.correctionReason(), d.version());
    }
}
