package vn.chidao.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

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

    public List<TimelineEntry> timeline(TaskId id, Caller caller) {
        assignment.task(id, caller);
        List<TimelineEntry> entries = new ArrayList<>(taskChanges(id));
        for (ProgressView p : assignment.progress(id, caller)) {
            entries.add(new TimelineEntry(p.reportedAt(), p.reportedBy(), TimelineEntry.Kind.PROGRESS_REPORTED,
                    p.text(), List.of(new TimelineEntry.FieldChange("percent", null, Integer.toString(p.percent())),
                    new TimelineEntry.FieldChange("reportedOn", null, p.reportedOn().toString()))));
        }
        for (ExtensionView e : assignment.extensions(id, caller)) {
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
        AuditReader reader = AuditReaderFactory.get(em);
        List<?> snapshots = reader.createQuery().forRevisionsOfEntity(Task.class, true, true)
                .add(AuditEntity.id().eq(id.value())).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<?> revisions = reader.createQuery().forRevisionsOfEntity(Task.class, false, true)
                .add(AuditEntity.id().eq(id.value()))
                .addProjection(AuditEntity.revisionProperty("timestamp"))
                .addProjection(AuditEntity.revisionProperty("actor"))
                .addProjection(AuditEntity.revisionType())
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<TimelineEntry> entries = new ArrayList<>();
        TaskView before = null;
        for (int i = 0; i < snapshots.size(); i++) {
            Object[] revision = (Object[]) revisions.get(i);
            Instant at = Instant.ofEpochMilli((Long) revision[0]);
            String actor = (String) revision[1];
            TaskView after = ((Task) snapshots.get(i)).view(assignment.today(), assignment.soonDays());
            if (revision[2] == RevisionType.ADD || before == null) {
                entries.add(new TimelineEntry(at, actor, TimelineEntry.Kind.ASSIGNED, after.title(), List.of(
                        new TimelineEntry.FieldChange("leadUnit", null, after.leadUnit().toString()),
                        new TimelineEntry.FieldChange("dueDate", null, after.dueDate().toString()))));
            } else {
                List<TimelineEntry.FieldChange> changes = new ArrayList<>();
                for (Map.Entry<String, Function<TaskView, Object>> field : FIELDS.entrySet()) {
                    Object old = field.getValue().apply(before);
                    Object now = field.getValue().apply(after);
                    if (!Objects.equals(old, now)) {
                        changes.add(new TimelineEntry.FieldChange(field.getKey(), text(old), text(now)));
                    }
                }
                if (!changes.isEmpty()) {
                    entries.add(new TimelineEntry(at, actor, TimelineEntry.Kind.CHANGED, null, changes));
                }
            }
            before = after;
        }
        return entries;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
