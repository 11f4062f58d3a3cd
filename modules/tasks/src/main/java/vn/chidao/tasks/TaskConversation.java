package vn.chidao.tasks;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.domain.Task;
import vn.chidao.tasks.domain.TaskComment;

/**
 * The conversation around a task (trao đổi, ý kiến): the lead and cooperating units and the secretariat write comments
 * and questions, committee members (and the secretariat conveying them) write directions that stand out. Whoever sees
 * the task reads it; nobody else learns it exists. Each line reaches the people concerned through the inbox and mail, and
 * the audit log keeps who wrote it.
 */
@ApplicationScoped
@Transactional
public class TaskConversation {

    static final int MAX_TEXT = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Organization organization;

    @Inject
    Event<Object> events;

    public List<CommentView> comments(TaskId id, Caller caller) {
        access.visible(id, caller);
        return em.createQuery("select c from TaskComment c where c.taskId = :t order by c.writtenAt, c.id", TaskComment.class)
                .setParameter("t", id.value()).getResultStream().map(TaskComment::view).toList();
    }

    /**
     * What the caller may write on the task: all kinds for the secretariat, directions for committee members, comments and
     * questions for the units taking part, nothing for others.
     */
    public List<CommentKind> kinds(TaskId id, Caller caller) {
        return kinds(access.visible(id, caller), caller);
    }

    private static List<CommentKind> kinds(Task task, Caller caller) {
        if (caller.secretariat()) {
            return List.of(CommentKind.COMMENT, CommentKind.QUESTION, CommentKind.DIRECTION);
        }
        if (caller.roles().contains(Role.COMMITTEE_MEMBER)) {
            return List.of(CommentKind.DIRECTION);
        }
        boolean takesPart = caller.unitUser() && (task.leadUnitId().equals(caller.unit().value())
                || task.cooperatingUnits().contains(caller.unit().value()));
        return takesPart ? List.of(CommentKind.COMMENT, CommentKind.QUESTION) : List.of();
    }

    public CommentView write(TaskId id, Caller caller, CommentKind kind, String text) {
        Task task = access.visible(id, caller);
        CommentKind what = kind == null ? CommentKind.COMMENT : kind;
        if (!kinds(task, caller).contains(what)) {
            audit.recordQuietly(caller.email(), null, AuditLog.Action.ACCESS_REFUSED, "task " + task.id(), "comment " + what);
            throw RuleViolation.forbidden(what == CommentKind.DIRECTION ? "comment.directionOnly" : "comment.notTakingPart");
        }
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            throw RuleViolation.invalid("text", "comment.text.required");
        }
        if (written.length() > MAX_TEXT) {
            throw RuleViolation.invalid("text", "comment.text.tooLong", MAX_TEXT);
        }
        String name = organization.personByEmail(caller.email()).map(PersonView::fullName).orElse(null);
        TaskComment comment = new TaskComment(task.id(), what, caller.unit() == null ? null : caller.unit().value(), caller.email(),
                name, written, access.now());
        em.persist(comment);
        em.flush();
        audit.recordQuietly(caller.email(), null, AuditLog.Action.TASK_COMMENTED, "task " + task.id(), what + " " + comment.id());
        List<UnitId> units = new ArrayList<>();
        units.add(new UnitId(task.leadUnitId()));
        task.cooperatingUnits().forEach(u -> units.add(new UnitId(u)));
        events.fire(new TaskCommented(id, comment.id(), what, caller.email(), units));
        return comment.view();
    }

    /** One line, for those who write about it (notices). */
    public CommentView one(long id) {
        TaskComment comment = em.find(TaskComment.class, id);
        if (comment == null) {
            throw RuleViolation.notFound("comment.notFound", id);
        }
        return comment.view();
    }
}
