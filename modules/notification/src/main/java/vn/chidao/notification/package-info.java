/**
 * Notification: reminders before deadlines, escalation of overdue work, weekly digests, the in-app
 * inbox and e-mail delivery through a transactional outbox, so nothing slips and nothing is sent twice.
 *
 * <p>API (this package): {@link vn.chidao.notification.Notifications} (inbox, digest choice, the
 * outbox for the secretariat, the deadline scan and the dispatcher), {@link vn.chidao.notification.InboxItem},
 * {@link vn.chidao.notification.OutboxItem}, {@link vn.chidao.notification.NoticeKind}.
 *
 * <p>Consumes {@code TaskAssigned}, {@code CompletionProposed}, {@code CompletionDecided},
 * {@code ExtensionDecided} (tasks) and {@code BriefingReady} (reporting), inside the transaction that
 * fired them: the notices commit with the change. Publishes none.
 */
package vn.chidao.notification;
