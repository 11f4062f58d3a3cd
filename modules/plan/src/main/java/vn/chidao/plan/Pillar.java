package vn.chidao.plan;

/** The pillars (trụ cột) every target and task belongs to. */
public enum Pillar {
    /** Hạ tầng số. */
    DIGITAL_INFRASTRUCTURE,
    /** Chính quyền số. */
    DIGITAL_GOVERNMENT,
    /** Kinh tế số. */
    DIGITAL_ECONOMY,
    /** Xã hội số. */
    DIGITAL_SOCIETY,
    /** An toàn thông tin. */
    INFORMATION_SECURITY
}
