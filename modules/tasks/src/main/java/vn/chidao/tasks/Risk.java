package vn.chidao.tasks;

import java.util.Locale;

import vn.chidao.kernel.Messages;

/**
 * A task's early warning with its grounds: the share of its time gone and the progress reported (a task with a date or
 * period for deadline), the reporting periods reported late or missed in the last year (a periodic task), an extension request awaiting the
 * secretariat, the days past its deadline; {@link #reason} puts them in words ("đã qua 80% thời gian, tiến độ báo cáo 10%").
 */
public record Risk(RiskClass level, Ground ground, int timeGone, int percent, int missedPeriods, long daysOverdue) {

    /** What puts a task at risk or off track; {@code NONE} when it is neither. */
    public enum Ground {
        NONE,
        /** Its progress trails the time gone by more than the margin. */
        PROGRESS,
        /** A periodic task reported late, or not at all, for several of its recent periods. */
        PERIODS,
        /** Its lead unit asked for more time and the secretariat has not decided yet. */
        EXTENSION,
        /** Its deadline has passed. */
        OVERDUE
    }

    /** Why the task is at risk or off track, in {@code locale}'s words; empty when it is neither. */
    public String reason(Locale locale) {
        return switch (ground) {
            case NONE -> "";
            case PROGRESS -> Messages.text(locale, "risk.reason.progress", timeGone, percent);
            case PERIODS -> Messages.text(locale, "risk.reason.periods", missedPeriods);
            case EXTENSION -> Messages.text(locale, "risk.reason.extension");
            case OVERDUE -> Messages.text(locale, "risk.reason.overdue", daysOverdue);
        };
    }
}
