package vn.chidao.notification;

import java.time.Instant;

import vn.chidao.tasks.TaskId;

/** One e-mail of the outbox as the secretariat follows it: pending, sent, failed (with the last error) or cancelled. */
public record OutboxItem(long id, String recipient, NoticeKind kind, String subject, State state, int attempts,
                         Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt, TaskId task) {

    public enum State { PENDING, SENT, FAILED, CANCELLED }
}
