package vn.chidao.reporting;

/** What a report covers. */
public enum ReportKind {
    /** Báo cáo tình hình thực hiện nhiệm vụ: for a document or for all, as of a date. */
    BRIEFING,
    /** Bảng theo dõi nhiệm vụ của một đơn vị. */
    SCORECARD,
    /** Phiếu theo dõi một nhiệm vụ, with its whole timeline. */
    TASK_SHEET,
    /** Báo cáo đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của các đơn vị for a quarter or a year. */
    EVALUATION
}
