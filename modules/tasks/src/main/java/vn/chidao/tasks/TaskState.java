package vn.chidao.tasks;

/** Where a task is in its life; the status class adds the deadline and the date to it. */
public enum TaskState {
    ASSIGNED,
    IN_PROGRESS,
    COMPLETION_PROPOSED,
    ACCEPTED,
    SUSPENDED,
    CANCELLED;

    public boolean open() {
        return this == ASSIGNED || this == IN_PROGRESS || this == COMPLETION_PROPOSED;
    }
}
