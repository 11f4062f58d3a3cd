package vn.chidao.plan;

/** How a plan words one horizon of a target. */
public enum MilestoneKind {
    /** "trên 50%", "tối thiểu 80%", "ít nhất 500": reached at or above the value. */
    AT_LEAST,
    /** "không quá 5%", "dưới 10", "tối đa 3 ngày": reached at or below the value. */
    AT_MOST,
    /** "15% đến 20%": reached once inside the range (from its floor, or its ceiling when lower is better). */
    RANGE,
    /** "100%", "đạt 95%": the value the plan names, reached in the target's direction. */
    EXACT,
    /** "tăng bình quân tối thiểu 7%/năm": a yearly growth rate, judged year by year. */
    ANNUAL_RATE
}
