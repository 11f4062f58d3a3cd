package vn.chidao.plan;

/** Where a target stands against its straight-line trajectory from baseline to target. */
public enum TargetStanding {
    /** Đúng tiến độ: at or ahead of the trajectory, or already reached. */
    ON_TRACK,
    /** Có nguy cơ chậm: behind the trajectory by no more than the tolerance. */
    AT_RISK,
    /** Chậm tiến độ: further behind, or the target date passed unreached. */
    OFF_TRACK,
    /** Chưa có số liệu. */
    NO_DATA
}
