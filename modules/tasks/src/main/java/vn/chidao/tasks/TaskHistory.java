package vn.chidao.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.History;
import vn.chidao.organization.Caller;
import vn.chidao.tasks.domain.Task;

/**
 * A task's timeline: every recorded change of the task itself (from its Envers history), every
 * progress report and every extension request and decision, oldest first, each with who and when.
 */
@ApplicationScoped
@Transactional
public class TaskHistory {

    // the fields a reader of the timeline cares about, in the order they are listed
    private static final Map<String, Function<TaskView, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("state", TaskView::state);
        FIELDS.put("title", TaskView::title);
        FIELDS.put("leadUnit", TaskView::leadUnit);
        FIELDS.put("dueDate", TaskView::dueDate);
        FIELDS.put("extensionCount", TaskView::extensionCount);
        FIELDS.put("percent", TaskView::percent);
        FIELDS.put("priority", TaskView::priority);
        FIELDS.put("pillar", TaskView::pillar);
        FIELDS.put("expectedOutput", TaskView::expectedOutput);
        FIELDS.put("description", TaskView::description);
        FIELDS.put("stateReason", TaskView::stateReason);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskExtensions taskExtensions;

    @Inject
    TaskProgress taskProgress;

    public List<TimelineEntry> timeline(TaskId id, Caller caller) {
        assignment.task(id, caller);
        List<TimelineEntry> entries = new ArrayList<>(taskChanges(id));
        for (ProgressView p : taskProgress.progress(id, caller)) {
            entries.add(new TimelineEntry(p.reportedAt(), p.reportedBy(), TimelineEntry.Kind.PROGRESS_REPORTED,
                    p.text(), List.of(new TimelineEntry.FieldChange("percent", null, Integer.toString(p.percent())),
                    new TimelineEntry.FieldChange("reportedOn", null, p.reportedOn().toString()))));
        }
        for (ExtensionView e : taskExtensions.extensions(id, caller)) {
            entries.add(new TimelineEntry(e.requestedAt(), e.requestedBy(), TimelineEntry.Kind.EXTENSION_REQUESTED, e.reason(),
                    List.of(new TimelineEntry.FieldChange("dueDate", e.previousDueDate().toString(), e.requestedDueDate().toString()))));
            if (e.decidedAt() != null) {
                entries.add(new TimelineEntry(e.decidedAt(), e.decidedBy(), e.state() == ExtensionState.APPROVED
                        ? TimelineEntry.Kind.EXTENSION_APPROVED : TimelineEntry.Kind.EXTENSION_REJECTED, e.decisionNote(), List.of()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    private List<TimelineEntry> taskChanges(TaskId id) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (History.Change change : History.of(em, Task.class, id.value(), this::fields)) {
            List<TimelineEntry.FieldChange> fields = change.changes().stream()
                    .map(c -> new TimelineEntry.FieldChange(c.field(), c.before(), c.after())).toList();
            if (change.kind() == History.Kind.CREATED) {
                entries.add(new TimelineEntry(change.at(), change.actor(), TimelineEntry.Kind.ASSIGNED,
                        fields.stream().filter(f -> f.field().equals("title")).map(TimelineEntry.FieldChange::after)
                                .findFirst().orElse(null),
                        fields.stream().filter(f -> f.field().equals("leadUnit") || f.field().equals("dueDate")).toList()));
            } else {
                entries.add(new TimelineEntry(change.at(), change.actor(), TimelineEntry.Kind.CHANGED, null, fields));
            }
        }
        return entries;
    }

    private Map<String, Object> fields(Task state) {
        TaskView view = state.view(assignment.today(), assignment.soonDays());
        Map<String, Object> values = new LinkedHashMap<>();
        FIELDS.forEach((name, read) -> values.put(name, read.apply(view)));
        return values;
    }
}
