package vn.chidao.tasks;

/**
 * The status classes of Vietnamese follow-up systems, derived from the task's state, its
 * deadline and today's date — never a flag someone has to remember to set. Each has one colour
 * (overdue red, done green…) that every chart, badge and briefing gives it.
 */
public enum StatusClass {
    /** Chưa triển khai. */
    NOT_STARTED("#616161"),
    /** Đang thực hiện trong hạn. */
    IN_PROGRESS_ON_TIME("#1565C0"),
    /** Sắp đến hạn. */
    DUE_SOON("#FDD835"),
    /** Đang thực hiện quá hạn. */
    OVERDUE("#D32F2F"),
    /** Hoàn thành đúng hạn. */
    DONE_ON_TIME("#2E7D32"),
    /** Hoàn thành quá hạn. */
    DONE_LATE("#8BC34A"),
    /** Tạm dừng / Không thực hiện. */
    SUSPENDED("#5D4037");

    private final String colour;

    StatusClass(String colour) {
        this.colour = colour;
    }

    /** The status class's colour as #RRGGBB. */
    public String colour() {
        return colour;
    }
}
