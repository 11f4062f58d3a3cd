package vn.chidao.tasks;

/** A reporting cycle: how long each period of a periodic task is. */
public enum Recurrence {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
