package vn.chidao.tasks;

/**
 * The periods of periodic tasks whose due day has passed (as of a day), by how their reports came:
 * "12 kỳ đến hạn, 10 đúng hạn, 1 trễ, 1 chưa báo cáo".
 */
public record PeriodTally(long due, long onTime, long late, long missing, long waived) {

    public static final PeriodTally NONE = new PeriodTally(0, 0, 0, 0, 0);
}
