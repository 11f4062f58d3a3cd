/**
 * Notification: reminders before deadlines, escalation of overdue work, the in-app inbox and
 * e-mail delivery through a transactional outbox, so nothing slips and nothing is sent twice.
 *
 * <p>API (this package): not yet published. Consumes the events of {@code tasks} and
 * {@code reporting}; publishes none.
 */
package vn.chidao.notification;
