package vn.chidao.tasks;

/** Where an obstacle or recommendation stands: open while raised or being handled, closed once answered. */
public enum IssueState {
    RAISED,
    IN_HANDLING,
    ANSWERED,
    RESOLVED,
    FORWARDED;

    public boolean open() {
        return this == RAISED || this == IN_HANDLING;
    }
}
