package vn.chidao.tasks;

/** Where one period's report of a periodic task stands, as of a day. */
public enum PeriodState {
    /** Not reported yet, and not yet past its due day. */
    DUE,
    /** Reported on or before its due day. */
    REPORTED_ON_TIME,
    /** Reported after its due day. */
    REPORTED_LATE,
    /** Past its due day and not reported. */
    MISSING,
    /** Excused by the secretariat, with a reason. */
    WAIVED
}
