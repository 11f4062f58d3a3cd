package vn.chidao.tasks;

/**
 * The status classes of Vietnamese follow-up systems, derived from the task's state, its
 * deadline and today's date — never a flag someone has to remember to set.
 */
public enum StatusClass {
    /** Chưa triển khai. */
    NOT_STARTED,
    /** Đang thực hiện trong hạn. */
    IN_PROGRESS_ON_TIME,
    /** Sắp đến hạn. */
    DUE_SOON,
    /** Đang thực hiện quá hạn. */
    OVERDUE,
    /** Hoàn thành đúng hạn. */
    DONE_ON_TIME,
    /** Hoàn thành quá hạn. */
    DONE_LATE,
    /** Tạm dừng / Không thực hiện. */
    SUSPENDED
}
