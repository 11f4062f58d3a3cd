package vn.chidao.tasks;

/** Deadline extensions granted: how many in all, and on how many tasks. */
public record ExtensionTally(long granted, long tasksExtended) {
}
