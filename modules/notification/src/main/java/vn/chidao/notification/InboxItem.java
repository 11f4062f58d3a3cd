package vn.chidao.notification;

import java.time.Instant;

import vn.chidao.reporting.ReportId;
import vn.chidao.tasks.TaskId;

/** One notice in a person's in-app inbox. */
public record InboxItem(long id, NoticeKind kind, String subject, String text, TaskId task, ReportId report,
                        Instant createdAt, boolean read) {
}
