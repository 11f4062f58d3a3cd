package vn.chidao.tasks;

import java.util.List;

import vn.chidao.organization.UnitId;

/** Someone wrote in a task's conversation: the units taking part in the task and the secretariat hear of it. */
public record TaskCommented(TaskId task, long comment, CommentKind kind, String author, List<UnitId> units) {
}
