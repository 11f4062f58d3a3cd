package vn.chidao.tasks;

public enum DeadlineKind {
    /** A day: 30/06/2025. */
    DATE,
    /** A period, due on its last day: "Quý II/2025", "năm 2025", "tháng 6/2025". */
    PERIOD,
    /** Recurring ("hằng quý", "hằng năm, đến 2025"): one report is owed per period, up to an end when one is set. */
    RECURRING,
    /** An ongoing duty ("thường xuyên"): one report per reporting cycle, never completed. */
    ONGOING;

    /** Owes one report per period rather than one result by a day. */
    public boolean periodic() {
        return this == RECURRING || this == ONGOING;
    }
}
