package vn.chidao.tasks;

public enum DeadlineKind {
    /** A day: 30/06/2025. */
    DATE,
    /** A period, due on its last day: "Quý II/2025", "năm 2025", "tháng 6/2025". */
    PERIOD,
    /** Ongoing or recurring ("thường xuyên", "hằng quý"): one report is due per period. */
    RECURRING
}
