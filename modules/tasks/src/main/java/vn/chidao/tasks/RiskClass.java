package vn.chidao.tasks;

/**
 * Early warning (cảnh báo sớm), an axis beside the status class: whether an open task is likely to be late, judged
 * from its reported progress against the time gone, from the reporting periods of a periodic task left unreported,
 * and from its deadline. Derived as of a day like the status classes, never stored.
 */
public enum RiskClass {
    /** Finished, suspended or cancelled: nothing to warn about. */
    NONE,
    /** Đúng tiến độ. */
    ON_TRACK,
    /** Có nguy cơ chậm tiến độ. */
    AT_RISK,
    /** Chậm tiến độ: the deadline has passed. */
    OFF_TRACK
}
