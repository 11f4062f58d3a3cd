package vn.chidao.tasks;

import vn.chidao.organization.UnitId;

/** The secretariat accepted the completion, or returned it with a reason. */
public record CompletionDecided(TaskId task, UnitId lead, boolean accepted, String reason) {
}
