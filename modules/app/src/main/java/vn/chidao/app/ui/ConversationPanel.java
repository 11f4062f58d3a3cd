package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.CommentKind;
import vn.chidao.tasks.CommentView;
import vn.chidao.tasks.TaskConversation;
import vn.chidao.tasks.TaskView;

/**
 * "Trao đổi, ý kiến" on the task page: the conversation oldest first, directions standing out, and a box to write in —
 * a comment or question for the units taking part and the secretariat, a direction for committee members.
 */
@Named("conversation")
@ViewScoped
public class ConversationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskPage page;

    @Inject
    TaskConversation conversation;

    @Inject
    Viewer viewer;

    private List<CommentView> comments;
    private CommentKind kind;
    private String text;

    public List<CommentView> getComments() {
        TaskView task = page.getTask();
        if (comments == null && task != null) {
            comments = conversation.comments(task.id(), viewer.caller());
        }
        return comments;
    }

    /** What the viewer may write (the module's rule): directions for the committee, comments and questions for those taking part. */
    public List<CommentKind> getKinds() {
        TaskView task = page.getTask();
        if (kinds == null) {
            kinds = task == null ? List.of() : conversation.kinds(task.id(), viewer.caller());
        }
        return kinds;
    }

    private List<CommentKind> kinds;

    public String send() {
        try {
            List<CommentKind> kinds = getKinds();
            conversation.write(page.getTask().id(), viewer.caller(), kind == null && !kinds.isEmpty() ? kinds.get(0) : kind, text);
            Feedback.done("conversation.sent");
            return "task?faces-redirect=true&id=" + page.getTask().id().value();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    public CommentKind getKind() {
        return kind;
    }

    public void setKind(CommentKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
