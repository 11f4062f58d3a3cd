package vn.chidao.tasks;

import vn.chidao.organization.UnitId;

/** An obstacle or recommendation was answered, resolved or forwarded: the unit that raised it hears so. */
public record IssueAnswered(TaskId task, UnitId unit, long issue, IssueKind kind, IssueState state, String text, String answer) {
}
