package vn.chidao.plan;

/** The kinds of directive document (văn bản chỉ đạo); the UI and reports name them in Vietnamese. */
public enum DocumentKind {
    /** Nghị quyết, e.g. 04-NQ/TU. */
    RESOLUTION,
    /** Kế hoạch, e.g. 382/KH-UBND. */
    PLAN,
    /** Chương trình hành động, e.g. 74-CTr/TU. */
    PROGRAMME,
    /** Quyết định. */
    DECISION,
    /** Đề án, e.g. Đề án 06/CP. */
    SCHEME,
    /** Công văn. */
    OFFICIAL_LETTER
}
