package vn.chidao.tasks;

import vn.chidao.organization.UnitId;

/** An obstacle or recommendation was answered, resolved or forwarded: the unit that raised it hears so ({@link TaskIssues#one}). */
public record IssueAnswered(TaskId task, UnitId unit, long issue) {
}
