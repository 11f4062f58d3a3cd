package vn.chidao.tasks;

import java.time.Instant;

import vn.chidao.organization.UnitId;

/** A line of a task's conversation: who wrote it (and for which unit), what kind, when. */
public record CommentView(Long id, TaskId task, CommentKind kind, UnitId unit, String author, String authorName, String text,
                          Instant writtenAt) {
}
