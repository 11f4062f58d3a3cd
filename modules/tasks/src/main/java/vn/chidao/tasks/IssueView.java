package vn.chidao.tasks;

import java.time.Instant;
import java.time.LocalDate;

import vn.chidao.organization.UnitId;

/** An obstacle or recommendation as read: what, whose, about which task, where it stands, and the answer once given. */
public record IssueView(long id, TaskId task, String taskCode, String taskTitle, UnitId unit, IssueKind kind, String text,
                        IssueState state, String handler, String answer, String answeredBy, Instant answeredAt,
                        String raisedBy, LocalDate raisedOn, long ageDays, long version) {
}
