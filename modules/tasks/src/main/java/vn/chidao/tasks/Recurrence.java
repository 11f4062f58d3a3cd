package vn.chidao.tasks;

public enum Recurrence {
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
}
