package vn.chidao.tasks;

/** What someone can do to a task; {@link TaskActions} says who may do which, and when. */
public enum TaskAction {
    /** Correct title, details, output, pillar, priority and units (the secretariat). */
    EDIT,
    /** Report progress on the unit's own part (the lead or a cooperating unit). */
    REPORT_PROGRESS,
    /** Report the task done and ask the secretariat to accept it (the lead unit). */
    PROPOSE_COMPLETION,
    /** Ask for a later deadline (the lead unit), one request at a time. */
    REQUEST_EXTENSION,
    /** Accept or return a proposed completion (the secretariat). */
    DECIDE_COMPLETION,
    /** Approve or refuse the pending extension request (the secretariat). */
    DECIDE_EXTENSION,
    /** Correct the kind or cycle of the deadline, with a reason (the secretariat); dates move only by extension. */
    CORRECT_DEADLINE,
    /** Excuse one period's report of a periodic task, with a reason (the secretariat). */
    WAIVE_PERIOD,
    SUSPEND,
    CANCEL,
    RESUME
}
