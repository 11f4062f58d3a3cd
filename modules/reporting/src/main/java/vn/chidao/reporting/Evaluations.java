package vn.chidao.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.reporting.evaluation.EvaluationStore;
import vn.chidao.reporting.evaluation.Grading;
import vn.chidao.tasks.Performance;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.UnitPerformance;

/**
 * Evaluation of units per quarter and year (đánh giá, xếp loại mức độ hoàn thành nhiệm vụ). An open period is computed
 * from the tasks as they are today with the criteria as they are today; the secretariat closes an ended period, which
 * freezes its figures, scores, grades and criteria; it may open it again with a reason (kept in the audit log). The
 * committee and the secretariat see every unit; a unit's people only their own unit's line.
 */
@ApplicationScoped
public class Evaluations {

    @Inject
    Performance performance;

    @Inject
    EvaluationStore store;

    @Inject
    Organization organization;

    @Inject
    TaskAssignment assignment;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public EvaluationCriteria criteria(Caller caller) {
        if (!caller.readsEverything()) {
            throw RuleViolation.forbidden("evaluation.forbidden");
        }
        return store.criteria();
    }

    /** The secretariat changes the criteria; open periods are graded by them from now on, closed ones keep theirs. */
    public EvaluationCriteria changeCriteria(EvaluationCriteria criteria, Caller caller) {
        if (!caller.secretariat()) {
            throw RuleViolation.forbidden("evaluation.forbidden");
        }
        if (criteria == null) {
            throw RuleViolation.invalid("tasksWeight", "evaluation.criteria.required");
        }
        if (criteria.version() == null) {
            throw RuleViolation.invalid("version", "evaluation.criteria.required");
        }
        EvaluationCriteria changed = store.change(criteria.checked(), criteria.version(), caller.email(), clock.instant());
        audit.recordQuietly(caller.email(), null, AuditLog.Action.SETTINGS_CHANGED, null, "evaluation criteria " + describe(changed));
        return changed;
    }

    /** The period's evaluation: frozen when closed, live otherwise; a unit's people get their own unit's line only. */
    @Transactional
    public EvaluationView evaluation(EvaluationPeriod period, Caller caller) {
        if (!caller.readsEverything() && caller.unit() == null) {
            throw RuleViolation.forbidden("evaluation.forbidden");
        }
        LocalDate today = assignment.today();
        if (period.from().isAfter(today)) {
            throw RuleViolation.invalid("period", "evaluation.period.future", period.label());
        }
        EvaluationView view = store.closed(period.code()).orElseGet(() -> live(period, today));
        if (caller.readsEverything()) {
            return view;
        }
        return new EvaluationView(view.period(), view.label(), view.from(), view.to(), view.asOf(), view.closed(), view.closedBy(),
                view.closedAt(), view.criteria(), view.rows().stream().filter(r -> r.unit().equals(caller.unit())).toList());
    }

    private EvaluationView live(EvaluationPeriod period, LocalDate today) {
        Map<UnitId, UnitPerformance> figures = new LinkedHashMap<>(performance.byUnit(period.from(), period.to(), today, Caller.system()));
        Map<UnitId, UnitView> units = organization.units(null).stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        for (UnitId lead : performance.leadUnits()) {
            UnitView unit = units.get(lead);
            if (unit != null && (unit.activeOn(period.from()) || unit.activeOn(period.to().isAfter(today) ? today : period.to()))) {
                figures.putIfAbsent(lead, UnitPerformance.none(lead));
            }
        }
        Map<UnitId, String> names = units.values().stream().collect(Collectors.toMap(UnitView::id, UnitView::displayName));
        EvaluationCriteria criteria = store.criteria();
        return new EvaluationView(period.code(), period.label(), period.from(), period.to(), today, false, null, null, criteria,
                Grading.rank(figures, names, criteria));
    }

    /** Freezes an ended period's evaluation as it stands now. */
    @Transactional
    public EvaluationView close(EvaluationPeriod period, Caller caller) {
        if (!caller.secretariat()) {
            throw RuleViolation.forbidden("evaluation.forbidden");
        }
        LocalDate today = assignment.today();
        if (!period.to().isBefore(today)) {
            throw RuleViolation.invalid("period", "evaluation.period.notEnded", period.label());
        }
        EvaluationView closed;
        try {
            closed = store.close(live(period, today), caller.email(), clock.instant());
        } catch (jakarta.persistence.PersistenceException race) {
            // closed meanwhile by another person or server: the unique period refused the second
            throw RuleViolation.conflict("period", "evaluation.closed", period.label());
        }
        audit.recordQuietly(caller.email(), null, AuditLog.Action.EVALUATION_CLOSED, period.code(), closed.rows().size() + " units");
        return closed;
    }

    /** Closes an ended period unless it is closed already (the demo's first start). */
    @Transactional
    public void closeIfOpen(EvaluationPeriod period, Caller caller) {
        if (store.closed(period.code()).isEmpty()) {
            close(period, caller);
        }
    }

    /** Opens a closed period again, with the reason the audit log keeps; its evaluation is live again. */
    @Transactional
    public EvaluationView reopen(EvaluationPeriod period, String reason, Caller caller) {
        if (!caller.secretariat()) {
            throw RuleViolation.forbidden("evaluation.forbidden");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("reason", "evaluation.reopen.reason");
        }
        if (!store.reopen(period.code())) {
            throw RuleViolation.conflict("period", "evaluation.notClosed", period.label());
        }
        audit.recordQuietly(caller.email(), null, AuditLog.Action.EVALUATION_REOPENED, period.code(), reason.strip());
        return live(period, assignment.today());
    }

    /** The closed evaluations, latest closed first: the committee's and the secretariat's. */
    public List<EvaluationView> closed(Caller caller) {
        if (!caller.readsEverything()) {
            throw RuleViolation.forbidden("evaluation.forbidden");
        }
        return store.allClosed();
    }

    private static String describe(EvaluationCriteria c) {
        return "tasks " + c.tasksWeight() + ", reports " + c.reportsWeight() + ", late " + c.lateCredit() + "%, extension -"
                + c.extensionPenalty().toPlainString() + " (cap " + c.extensionCap() + "), grades " + c.excellentFrom() + "/"
                + c.goodFrom() + "/" + c.passFrom() + (c.excellentWithoutOverdue() ? ", excellent without overdue" : "");
    }
}
