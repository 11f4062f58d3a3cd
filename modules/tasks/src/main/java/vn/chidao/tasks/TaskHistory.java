package vn.chidao.tasks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.History;
import vn.chidao.kernel.Messages;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.tasks.TimelineEntry.FieldChange;
import vn.chidao.tasks.TimelineEntry.Kind;
import vn.chidao.tasks.domain.Task;

/**
 * A task's timeline, a sentence per event in the reader's language, in the order things happened: the
 * assignment, each progress report on its own date, extension requests and decisions, the secretariat's
 * decisions and corrections, waived periods, and what the product did itself (a merged unit's work moved
 * to its successor), attributed to the system. Changes that only follow from another entry (the percent a
 * report set, the deadline an approved extension moved) are not told twice.
 */
@ApplicationScoped
@Transactional
public class TaskHistory {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    // the recorded fields the timeline reads, by name
    private static final Map<String, Function<TaskView, Object>> FIELDS = new LinkedHashMap<>();
    // edits told as "Sửa nội dung, mô tả": the fields a person corrects, in the order they are named
    private static final List<String> EDITS = List.of("title", "description", "expectedOutput", "pillar", "priority");

    static {
        FIELDS.put("state", TaskView::state);
        FIELDS.put("title", TaskView::title);
        FIELDS.put("leadUnit", t -> t.leadUnit().value());
        FIELDS.put("dueDate", TaskView::dueDate);
        FIELDS.put("extensionCount", TaskView::extensionCount);
        FIELDS.put("percent", TaskView::percent);
        FIELDS.put("priority", TaskView::priority);
        FIELDS.put("pillar", TaskView::pillar);
        FIELDS.put("expectedOutput", TaskView::expectedOutput);
        FIELDS.put("description", TaskView::description);
        FIELDS.put("stateReason", TaskView::stateReason);
        FIELDS.put("deadline", t -> t.deadline().label());
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskExtensions taskExtensions;

    @Inject
    TaskProgress taskProgress;

    @Inject
    ReportingCycles cycles;

    @Inject
    Organization organization;

    @Inject
    TaskAccess access;

    public List<TimelineEntry> timeline(TaskId id, Caller caller, Locale language) {
        TaskView task = assignment.task(id, caller);
        Sentences say = new Sentences(language);
        List<TimelineEntry> entries = new ArrayList<>(taskChanges(id, task, say));
        for (ProgressView p : taskProgress.progress(id, caller)) {
            entries.add(new TimelineEntry(p.reportedOn(), p.reportedAt(), p.reportedBy(), Kind.PROGRESS_REPORTED,
                    say.text(p.proposesCompletion() ? "timeline.reportedDone" : "timeline.reported", say.unit(p.unit()), p.percent()),
                    p.text(), List.of(new FieldChange("percent", null, Integer.toString(p.percent())))));
        }
        for (ExtensionView e : taskExtensions.extensions(id, caller)) {
            entries.add(new TimelineEntry(access.day(e.requestedAt()), e.requestedAt(), e.requestedBy(), Kind.EXTENSION_REQUESTED,
                    say.text("timeline.extensionRequested", say.unit(e.unit()), say.day(e.previousDueDate()), say.day(e.requestedDueDate()),
                            say.text("timeline.extension." + e.state().name())),
                    e.reason(), List.of(new FieldChange("requestedDueDate", null, e.requestedDueDate().toString()))));
            if (e.decidedAt() != null) {
                boolean approved = e.state() == ExtensionState.APPROVED;
                entries.add(new TimelineEntry(access.day(e.decidedAt()), e.decidedAt(), e.decidedBy(),
                        approved ? Kind.EXTENSION_APPROVED : Kind.EXTENSION_REJECTED,
                        say.text(approved ? "timeline.extensionApproved" : "timeline.extensionRejected",
                                say.day(e.previousDueDate()), say.day(e.requestedDueDate())),
                        e.decisionNote(), approved ? List.of(new FieldChange("dueDate", e.previousDueDate().toString(),
                                e.requestedDueDate().toString())) : List.of()));
            }
        }
        for (PeriodView period : cycles.periods(id, caller)) {
            if (period.waivedAt() != null) {
                entries.add(new TimelineEntry(access.day(period.waivedAt()), period.waivedAt(), period.waivedBy(), Kind.PERIOD_WAIVED,
                        say.text("timeline.periodWaived", period.label(language)), period.waivedReason(), List.of()));
            }
        }
        // in the order things happened; on one day, the assignment first, then as they were recorded
        entries.sort(Comparator.comparing(TimelineEntry::on)
                .thenComparing(e -> e.kind() == Kind.ASSIGNED ? 0 : 1)
                .thenComparing(TimelineEntry::at));
        return entries;
    }

    private List<TimelineEntry> taskChanges(TaskId id, TaskView task, Sentences say) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (History.Change change : History.of(em, Task.class, id.value(), this::fields)) {
            Map<String, History.FieldChange> fields = new LinkedHashMap<>();
            change.changes().forEach(c -> fields.put(c.field(), c));
            List<FieldChange> recorded = change.changes().stream().map(c -> new FieldChange(c.field(), c.before(), c.after())).toList();
            if (change.kind() == History.Kind.CREATED) {
                entries.add(new TimelineEntry(task.assignedOn(), change.at(), change.actor(), Kind.ASSIGNED, assigned(task, say),
                        task.title(), recorded));
                continue;
            }
            LocalDate on = access.day(change.at());
            History.FieldChange state = fields.get("state");
            String reason = fields.containsKey("stateReason") ? fields.get("stateReason").after() : task.stateReason();
            if (state != null) {
                Kind kind = stateKind(state.before(), state.after());
                if (kind != null) {
                    entries.add(new TimelineEntry(on, change.at(), change.actor(), kind, say.text("timeline." + kind.name()),
                            kind == Kind.COMPLETION_ACCEPTED || kind == Kind.RESUMED ? null : reason, recorded));
                }
            }
            History.FieldChange lead = fields.get("leadUnit");
            if (lead != null && lead.before() != null) {
                UnitId from = new UnitId(Long.parseLong(lead.before()));
                UnitId to = new UnitId(Long.parseLong(lead.after()));
                Optional<UnitView> ended = organization.unit(from).filter(u -> u.successor() != null && u.effectiveTo() != null);
                String sentence = "system".equals(change.actor()) && ended.isPresent()
                        ? say.text("timeline.unitMerged", say.unit(to), say.unit(from), say.day(ended.get().effectiveTo().plusDays(1)))
                        : say.text("timeline.unitMoved", say.unit(from), say.unit(to));
                entries.add(new TimelineEntry(on, change.at(), change.actor(), Kind.UNIT_MOVED, sentence, null, recorded));
            }
            if (fields.containsKey("deadline") || fields.containsKey("deadlineReason")) {
                entries.add(new TimelineEntry(on, change.at(), change.actor(), Kind.DEADLINE_CORRECTED,
                        say.text("timeline.deadlineCorrected", fields.containsKey("deadline") ? fields.get("deadline").after()
                                : task.deadline().label()),
                        fields.containsKey("deadlineReason") ? fields.get("deadlineReason").after() : null, recorded));
            }
            List<String> edited = EDITS.stream().filter(fields::containsKey).map(f -> say.text("timeline.field." + f)).toList();
            if (!edited.isEmpty()) {
                entries.add(new TimelineEntry(on, change.at(), change.actor(), Kind.CHANGED,
                        say.text("timeline.CHANGED", String.join(", ", edited)), null, recorded));
            }
        }
        return entries;
    }

    /** What a change of state tells, or null when it only follows from a report (started, proposed for completion). */
    private static Kind stateKind(String before, String after) {
        return switch (after) {
            case "ACCEPTED" -> Kind.COMPLETION_ACCEPTED;
            case "SUSPENDED" -> Kind.SUSPENDED;
            case "CANCELLED" -> Kind.CANCELLED;
            default -> "SUSPENDED".equals(before) ? Kind.RESUMED
                    : "COMPLETION_PROPOSED".equals(before) && "IN_PROGRESS".equals(after) ? Kind.COMPLETION_RETURNED : null;
        };
    }

    private String assigned(TaskView task, Sentences say) {
        String deadline = task.deadline().label() != null ? task.deadline().label() : say.day(task.originalDueDate());
        if (task.cooperation().isEmpty()) {
            return say.text("timeline.ASSIGNED", say.unit(task.originalLeadUnit()), deadline);
        }
        List<String> partners = task.cooperation().stream().map(c -> say.unit(c.unit())).toList();
        return say.text("timeline.assignedWith", say.unit(task.originalLeadUnit()), String.join(", ", partners), deadline);
    }

    private Map<String, Object> fields(Task state) {
        TaskView view = state.view(assignment.today(), assignment.soonDays(), vn.chidao.tasks.domain.RiskRules.Thresholds.DEFAULT, false);
        Map<String, Object> values = new LinkedHashMap<>();
        FIELDS.forEach((name, read) -> values.put(name, read.apply(view)));
        values.put("deadlineReason", state.deadlineReason());
        return values;
    }

    /** Sentences in one language, with units by name and days as dd/MM/yyyy. */
    private final class Sentences {
        private final Locale language;
        private final Map<UnitId, String> names = new LinkedHashMap<>();

        Sentences(Locale language) {
            this.language = language;
        }

        String text(String key, Object... arguments) {
            return Messages.text(language, key, arguments);
        }

        String unit(UnitId id) {
            return names.computeIfAbsent(id, u -> organization.unit(u).map(UnitView::displayName).orElse("#" + u.value()));
        }

        String day(LocalDate day) {
            return day == null ? "—" : day.format(DMY);
        }
    }
}
