package vn.chidao.plan;

public enum DocumentStatus {
    /** Còn hiệu lực. */
    IN_FORCE,
    /** Đã hoàn thành. */
    COMPLETED,
    /** Được thay thế. */
    REPLACED
}
