package vn.chidao.tasks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.TargetId;
import vn.chidao.tasks.CooperationView;
import vn.chidao.tasks.Deadline;
import vn.chidao.tasks.DeadlineKind;
import vn.chidao.tasks.Priority;
import vn.chidao.tasks.Recurrence;
import vn.chidao.tasks.Risk;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskState;
import vn.chidao.tasks.TaskView;

/**
 * A task (nhiệm vụ): one lead unit answers for it, cooperating units for their own parts. The
 * deadline first set is kept for ever; only an approved extension moves the current one. A periodic
 * task (recurring or ongoing) owes one report per period instead; its current deadline is the due day
 * of the oldest period it still owes.
 */
@Entity
@Audited
@Table(name = "task_task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "expected_output", length = 1000)
    private String expectedOutput;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Pillar pillar;

    @Column(name = "lead_unit_id", nullable = false)
    private Long leadUnitId;

    @Column(name = "original_lead_unit_id", nullable = false)
    private Long originalLeadUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", nullable = false, length = 12)
    private DeadlineKind deadlineKind;

    @Column(name = "deadline_label", length = 64)
    private String deadlineLabel;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Recurrence recurrence;

    /** A periodic task's first period owed (its first day); null for a dated task. */
    @Column(name = "owing_from")
    private LocalDate owingFrom;

    /** The last day a recurring task owes reports for; null when open-ended. */
    @Column(name = "owing_until")
    private LocalDate owingUntil;

    /** The day of each period's last month a report is due on; null for the period's last day. */
    @Column(name = "report_day")
    private Integer reportDay;

    /** Why the secretariat last corrected the kind or cycle of the deadline. */
    @Column(name = "deadline_reason", length = 1000)
    private String deadlineReason;

    @Column(name = "original_due_date", nullable = false)
    private LocalDate originalDueDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "extension_count", nullable = false)
    private int extensionCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TaskState state = TaskState.ASSIGNED;

    @Column(name = "state_reason", length = 1000)
    private String stateReason;

    @Column(name = "proposed_on")
    private LocalDate proposedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(nullable = false)
    private int percent;

    @Column(name = "last_progress_on")
    private LocalDate lastProgressOn;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "assigned_by", nullable = false, length = 254)
    private String assignedBy;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_cooperation", joinColumns = @JoinColumn(name = "task_id"))
    private List<Cooperation> cooperation = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_mandate", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "document_id")
    private Set<Long> mandates = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_target", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "target_id")
    private Set<Long> targets = new LinkedHashSet<>();

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false)
    @OrderBy("startsOn")
    private List<ReportingPeriod> periods = new ArrayList<>();

    @Version
    private long version;

    protected Task() {
    }

    public Task(Long documentId, String code, String title, String description, String expectedOutput, Pillar pillar,
                Long originalLeadUnitId, Long leadUnitId, List<Long> cooperating, Deadline deadline, Priority priority,
                Set<Long> mandates, Set<Long> targets, LocalDate assignedOn, String assignedBy) {
        this.documentId = documentId;
        this.code = code;
        this.title = title;
        this.description = description;
        this.expectedOutput = expectedOutput;
        this.pillar = pillar;
        this.leadUnitId = leadUnitId;
        this.originalLeadUnitId = originalLeadUnitId;
        setDeadline(deadline);
        this.originalDueDate = deadline.due();
        this.dueDate = deadline.due();
        this.priority = priority == null ? Priority.NORMAL : priority;
        this.mandates.add(documentId);
        this.mandates.addAll(mandates);
        this.targets.addAll(targets);
        this.assignedOn = assignedOn;
        this.assignedBy = assignedBy;
        for (Long unit : cooperating) {
            if (unit.equals(leadUnitId)) {
                throw RuleViolation.invalid("cooperatingUnitIds", "task.cooperating.isLead");
            }
            if (cooperation.stream().noneMatch(c -> c.unitId().equals(unit))) {
                cooperation.add(new Cooperation(unit, null));
            }
        }
    }

    // ---- reading

    public boolean involves(UnitId unit) {
        return unit != null && (unit.value() == leadUnitId || part(unit.value()).isPresent());
    }

    public boolean ledBy(UnitId unit) {
        return unit != null && unit.value() == leadUnitId;
    }

    public StatusClass statusOn(LocalDate today, int soonDays) {
        return StatusRules.classify(state, dueDate, completedOn, today, soonDays);
    }

    // ---- the lead unit's and cooperating units' actions

    /** A progress report; the lead reports on the task, a cooperating unit on its own part. */
    public void reportProgress(UnitId unit, LocalDate day, int newPercent, boolean proposesCompletion, LocalDate today) {
        requireOpen();
        if (state == TaskState.COMPLETION_PROPOSED) {
            throw RuleViolation.conflict("state", "task.completion.pending");
        }
        if (newPercent < 0 || newPercent > 100) {
            throw RuleViolation.invalid("percent", "progress.percent.range");
        }
        if (proposesCompletion && (deadlineKind == DeadlineKind.ONGOING || deadlineKind == DeadlineKind.RECURRING && owingUntil == null)) {
            throw RuleViolation.conflict("deadlineKind", "task.completion.periodic");
        }
        if (day.isAfter(today)) {
            throw RuleViolation.invalid("reportedOn", "progress.future");
        }
        if (day.isBefore(assignedOn)) {
            throw RuleViolation.invalid("reportedOn", "progress.beforeAssignment");
        }
        if (!ledBy(unit)) {
            if (proposesCompletion) {
                throw RuleViolation.forbidden("task.completion.leadOnly");
            }
            part(unit.value()).orElseThrow(() -> RuleViolation.forbidden("auth.forbidden")).report(day, newPercent);
            return;
        }
        percent = proposesCompletion ? 100 : newPercent;
        lastProgressOn = lastProgressOn == null || day.isAfter(lastProgressOn) ? day : lastProgressOn;
        if (state == TaskState.ASSIGNED) {
            state = TaskState.IN_PROGRESS;
        }
        if (deadlineKind.periodic()) {
            // the report settles the oldest period still owed; the task is then due at the next one
            openPeriods(today);
            Obligations.settle(periods, day);
            refreshDue();
            // the report for the last period of a part that ends ("hằng năm, đến 2025") is its final report
            if (!proposesCompletion && Obligations.allOwedReported(periods, recurrence, owingUntil)) {
                proposeCompletion(day);
            }
        }
        if (proposesCompletion) {
            proposeCompletion(day);
        }
    }

    private void proposeCompletion(LocalDate day) {
        percent = 100;
        state = TaskState.COMPLETION_PROPOSED;
        proposedOn = day;
        stateReason = null;
    }

    public void acceptCompletion() {
        if (state != TaskState.COMPLETION_PROPOSED) {
            throw RuleViolation.conflict("state", "task.completion.notProposed");
        }
        state = TaskState.ACCEPTED;
        completedOn = proposedOn;
    }

    public void returnCompletion(String reason) {
        if (state != TaskState.COMPLETION_PROPOSED) {
            throw RuleViolation.conflict("state", "task.completion.notProposed");
        }
        state = TaskState.IN_PROGRESS;
        stateReason = reason;
        proposedOn = null;
    }

    /** Checks that an extension may be asked for; the request itself is its own record. */
    public void checkExtensionRequest(LocalDate requested, LocalDate today) {
        if (state == TaskState.ACCEPTED || state == TaskState.CANCELLED) {
            throw RuleViolation.conflict("state", "extension.taskFinished");
        }
        if (deadlineKind.periodic()) {
            throw RuleViolation.conflict("deadlineKind", "extension.periodic");
        }
        if (!requested.isAfter(dueDate)) {
            throw RuleViolation.invalid("requestedDueDate", "extension.notLater");
        }
        if (!requested.isAfter(today)) {
            throw RuleViolation.invalid("requestedDueDate", "extension.past");
        }
    }

    public void extendDeadline(LocalDate newDue) {
        if (state == TaskState.ACCEPTED || state == TaskState.CANCELLED) {
            throw RuleViolation.conflict("state", "extension.taskFinished");
        }
        dueDate = newDue;
        extensionCount++;
    }

    // ---- periods of a periodic task

    /** Opens every period begun by {@code today}; false when there was none to open (or the task is not periodic). */
    public boolean openPeriods(LocalDate today) {
        if (!deadlineKind.periodic() || !(state.open())) {
            return false;
        }
        int before = periods.size();
        Obligations.open(periods, recurrence, owingFrom, owingUntil, reportDay, today);
        refreshDue();
        return periods.size() > before;
    }

    /** The secretariat excuses one period's report (the period starting on {@code startsOn}), with a reason. */
    public void waivePeriod(LocalDate startsOn, String reason, String by, Instant at) {
        if (state == TaskState.ACCEPTED || state == TaskState.CANCELLED) {
            throw RuleViolation.conflict("state", "task.closed");
        }
        if (!deadlineKind.periodic()) {
            throw RuleViolation.conflict("deadlineKind", "period.notPeriodic");
        }
        ReportingPeriod period = periods.stream().filter(p -> p.startsOn().equals(startsOn)).findFirst()
                .orElseThrow(() -> RuleViolation.invalid("period", "period.unknown", startsOn));
        if (!period.owed()) {
            throw RuleViolation.conflict("period", "period.notOwed");
        }
        period.waive(reason, by, at);
        refreshDue();
    }

    /**
     * The secretariat corrects what kind of deadline the task has (a document's "thường xuyên" read as a date,
     * a cycle that should be monthly). A dated deadline still moves only by extension. A periodic task's
     * periods from its new first period on are laid out again and settled by the lead unit's reports since
     * ({@code leadReportDays}, oldest first); earlier periods stay as they were.
     */
    public void correctDeadline(Deadline corrected, String reason, List<LocalDate> leadReportDays, LocalDate today) {
        if (state == TaskState.ACCEPTED || state == TaskState.CANCELLED) {
            throw RuleViolation.conflict("state", "task.closed");
        }
        if (!deadlineKind.periodic() && !corrected.kind().periodic()) {
            throw RuleViolation.invalid("deadline", "task.deadline.useExtension");
        }
        setDeadline(corrected);
        deadlineReason = reason;
        if (corrected.kind().periodic()) {
            periods.removeIf(p -> !p.endsOn().isBefore(owingFrom));
            Obligations.open(periods, recurrence, owingFrom, owingUntil, reportDay, today);
            leadReportDays.stream().filter(day -> !day.isBefore(owingFrom)).forEach(day -> Obligations.settle(periods, day));
            refreshDue();
        } else {
            periods.removeIf(ReportingPeriod::owed);
            originalDueDate = corrected.due();
            dueDate = corrected.due();
        }
    }

    private void setDeadline(Deadline deadline) {
        deadlineKind = deadline.kind();
        deadlineLabel = deadline.label();
        boolean periodic = deadline.kind().periodic();
        recurrence = periodic ? deadline.recurrence() : null;
        owingFrom = periodic ? Deadlines.periodStart(recurrence, deadline.due()) : null;
        owingUntil = periodic ? deadline.until() : null;
        reportDay = periodic ? deadline.reportDay() : null;
    }

    private void refreshDue() {
        dueDate = Obligations.due(periods, recurrence, owingFrom, owingUntil, reportDay);
    }

    public List<ReportingPeriod> periods() {
        return List.copyOf(periods);
    }

    // ---- the secretariat's actions

    public void suspend(String reason) {
        requireOpen();
        state = TaskState.SUSPENDED;
        stateReason = reason;
    }

    public void cancel(String reason) {
        if (state == TaskState.ACCEPTED || state == TaskState.CANCELLED) {
            throw RuleViolation.conflict("state", "task.closed");
        }
        state = TaskState.CANCELLED;
        stateReason = reason;
    }

    public void resume() {
        if (state != TaskState.SUSPENDED) {
            throw RuleViolation.conflict("state", "task.notSuspended");
        }
        state = lastProgressOn == null ? TaskState.ASSIGNED : TaskState.IN_PROGRESS;
        stateReason = null;
    }

    public void edit(String newTitle, String newDescription, String newOutput, Pillar newPillar, Priority newPriority) {
        if (newTitle != null) {
            title = newTitle;
        }
        if (newDescription != null) {
            description = newDescription;
        }
        if (newOutput != null) {
            expectedOutput = newOutput;
        }
        if (newPillar != null) {
            pillar = newPillar;
        }
        if (newPriority != null) {
            priority = newPriority;
        }
    }

    /** A cooperating unit's own deadline for its part; never later than the task's. */
    public void setPartDeadline(Long unit, LocalDate due) {
        Cooperation cooperationPart = part(unit).orElseThrow(
                () -> RuleViolation.invalid("cooperatingDeadlines", "task.part.unknown", unit));
        if (due != null && due.isAfter(dueDate)) {
            throw RuleViolation.invalid("cooperatingDeadlines", "task.part.afterTask", dueDate);
        }
        cooperationPart.dueBy(due);
    }

    public void reassign(Long newLead, List<Long> newCooperating) {
        if (newLead != null) {
            leadUnitId = newLead;
        }
        if (newCooperating != null) {
            List<Cooperation> kept = new ArrayList<>();
            for (Long unit : newCooperating) {
                if (unit.equals(leadUnitId)) {
                    throw RuleViolation.invalid("cooperatingUnitIds", "task.cooperating.isLead");
                }
                if (kept.stream().noneMatch(c -> c.unitId().equals(unit))) {
                    kept.add(part(unit).orElseGet(() -> new Cooperation(unit, null)));
                }
            }
            cooperation.clear();
            cooperation.addAll(kept);
        } else if (part(leadUnitId).isPresent()) {
            throw RuleViolation.invalid("cooperatingUnitIds", "task.cooperating.isLead");
        }
    }

    /** The merged unit's open work moves to its successor; {@code originalLeadUnitId} keeps who was assigned. */
    public void moveUnit(Long from, Long to) {
        if (!state.open() && state != TaskState.SUSPENDED) {
            return;
        }
        if (leadUnitId.equals(from)) {
            leadUnitId = to;
        }
        // the merged unit's part becomes the successor's, unless the successor leads or already has a part
        List<Cooperation> kept = new ArrayList<>();
        for (Cooperation c : cooperation) {
            Long unit = c.unitId().equals(from) ? to : c.unitId();
            if (unit.equals(leadUnitId) || kept.stream().anyMatch(k -> k.unitId().equals(unit))) {
                continue;
            }
            c.moveTo(unit);
            kept.add(c);
        }
        cooperation.clear();
        cooperation.addAll(kept);
    }

    private void requireOpen() {
        if (!state.open()) {
            throw RuleViolation.conflict("state", "task.closed");
        }
    }

    private Optional<Cooperation> part(Long unit) {
        return cooperation.stream().filter(c -> Objects.equals(c.unitId(), unit)).findFirst();
    }

    /**
     * The task as of {@code today}: its status classes and its early warning under the secretariat's {@code thresholds};
     * {@code extensionPending} says whether a request for more time awaited a decision that day.
     */
    public TaskView view(LocalDate today, int soonDays, RiskRules.Thresholds thresholds, boolean extensionPending) {
        return new TaskView(id == null ? null : new TaskId(id), new DocumentId(documentId), code, title, description, expectedOutput, pillar,
                new UnitId(leadUnitId), new UnitId(originalLeadUnitId),
                cooperation.stream().map(c -> new CooperationView(new UnitId(c.unitId()), c.subDueDate(), c.percent(),
                        c.lastProgressOn(), c.completedOn(), c.completedOn() != null
                                ? (c.subDueDate() == null || !c.completedOn().isAfter(c.subDueDate())
                                    ? StatusClass.DONE_ON_TIME : StatusClass.DONE_LATE)
                                : StatusRules.classify(state == TaskState.ACCEPTED ? TaskState.IN_PROGRESS : state,
                                    c.subDueDate() == null ? dueDate : c.subDueDate(), null, today, soonDays))).toList(),
                mandates.stream().map(DocumentId::new).toList(), targets.stream().map(TargetId::new).toList(),
                new Deadline(deadlineKind, originalDueDate, deadlineLabel, recurrence, owingUntil, reportDay), originalDueDate, dueDate,
                extensionCount, priority, state, stateReason, percent, lastProgressOn, proposedOn, completedOn, assignedOn,
                StatusRules.classify(state, dueDate, completedOn, today, soonDays),
                StatusRules.classify(state, deadlineKind.periodic() ? dueDate : originalDueDate, completedOn, today, soonDays),
                StatusRules.daysOverdue(state, dueDate, today), version, risk(today, thresholds, extensionPending));
    }

    /** The early warning as of {@code day} ({@link RiskRules}). */
    public Risk risk(LocalDate day, RiskRules.Thresholds thresholds, boolean extensionPending) {
        int reported = lastProgressOn == null || lastProgressOn.isAfter(day) ? 0 : percent;
        // only a periodic task has periods: a dated one does not load the collection at all
        int missed = !deadlineKind.periodic() ? 0
                : (int) periods.stream().filter(p -> p.dueOn().isBefore(day) && !p.dueOn().isBefore(day.minus(RiskRules.LOOK_BACK)))
                        .map(p -> p.stateOn(day))
                        .filter(s -> s == vn.chidao.tasks.PeriodState.MISSING || s == vn.chidao.tasks.PeriodState.REPORTED_LATE).count();
        return RiskRules.classify(state, deadlineKind.periodic(), assignedOn, dueDate, completedOn, reported, missed, extensionPending,
                day, thresholds);
    }

    public Long id() {
        return id;
    }

    public Long documentId() {
        return documentId;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Long leadUnitId() {
        return leadUnitId;
    }

    public String deadlineReason() {
        return deadlineReason;
    }

    public Long originalLeadUnitId() {
        return originalLeadUnitId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public long version() {
        return version;
    }

    public TaskState state() {
        return state;
    }

    public List<Long> cooperatingUnits() {
        return cooperation.stream().map(Cooperation::unitId).toList();
    }
}
