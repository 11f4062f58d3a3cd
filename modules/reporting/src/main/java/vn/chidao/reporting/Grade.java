package vn.chidao.reporting;

/**
 * The four levels Vietnamese evaluations grade by (Decree 90/2020's words for the completion of tasks), and
 * none for a unit with nothing due in the period.
 */
public enum Grade {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    PASS,
    /** Không hoàn thành nhiệm vụ. */
    FAIL,
    /** Không xếp loại: nothing fell due in the period. */
    NOT_GRADED
}
