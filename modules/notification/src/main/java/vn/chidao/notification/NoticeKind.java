package vn.chidao.notification;

/** What a notice is about; each has its Vietnamese and English texts in the notification bundle. */
public enum NoticeKind {
    TASK_ASSIGNED, COMPLETION_PROPOSED, COMPLETION_ACCEPTED, COMPLETION_RETURNED, EXTENSION_APPROVED, EXTENSION_REJECTED,
    BRIEFING_READY,
    /** The answer to an obstacle or recommendation a unit raised, to that unit's people. */
    ISSUE_ANSWERED,
    /** Before a deadline, at each configured offset (7, 3, 1 days and on the day by default). */
    REMINDER,
    /** The first day past the deadline, to the lead unit's head. */
    OVERDUE,
    /** Still overdue after the configured days, to the secretariat, then weekly. */
    ESCALATION,
    /** Once per task and deadline, to the lead unit, the morning a task turns at risk of running late (early warning). */
    AT_RISK,
    /** A comment or question in a task's conversation, to the units taking part and the secretariat. */
    TASK_COMMENTED,
    /** A committee member's direction (ý kiến chỉ đạo) on a task, to the units taking part and the secretariat. */
    DIRECTION,
    /** A person's weekly gathering of their unit's due-soon and overdue tasks. */
    DIGEST
}
