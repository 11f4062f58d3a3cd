package vn.chidao.tasks.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.chidao.organization.UnitId;
import vn.chidao.tasks.CommentKind;
import vn.chidao.tasks.CommentView;
import vn.chidao.tasks.TaskId;

/** A line of a task's conversation, written once. */
@Entity
@Table(name = "task_comment")
public class TaskComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CommentKind kind;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false, length = 254)
    private String author;

    @Column(name = "author_name", length = 200)
    private String authorName;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected TaskComment() {
    }

    public TaskComment(Long taskId, CommentKind kind, Long unitId, String author, String authorName, String text, Instant writtenAt) {
        this.taskId = taskId;
        this.kind = kind;
        this.unitId = unitId;
        this.author = author;
        this.authorName = authorName;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public CommentView view() {
        return new CommentView(id, new TaskId(taskId), kind, unitId == null ? null : new UnitId(unitId), author, authorName, text,
                writtenAt);
    }

    public Long id() {
        return id;
    }
}
