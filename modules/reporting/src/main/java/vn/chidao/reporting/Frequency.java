package vn.chidao.reporting;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How often a scheduled briefing is generated; each period is named so it is generated once. */
public enum Frequency {
    WEEKLY, MONTHLY, QUARTERLY;

    /** The period {@code day} falls in: 2026-W48, 2026-11, 2026-Q4. */
    public String period(LocalDate day) {
        return switch (this) {
            case WEEKLY -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTERLY -> String.format("%d-Q%d", day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
        };
    }
}
