package vn.chidao.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import vn.chidao.kernel.Messages;

/**
 * One reporting period (kỳ báo cáo) of a periodic task as of a day. {@code ordinal} is the period's
 * place in its year (quarter 1–4, month 1–12, half 1–2, 1 for a year), for labels such as "Quý II/2026".
 */
public record PeriodView(TaskId task, Recurrence recurrence, int ordinal, LocalDate startsOn, LocalDate endsOn,
                         LocalDate dueOn, PeriodState state, LocalDate reportedOn, String waivedReason, String waivedBy,
                         Instant waivedAt) {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The period as plans name it: "Quý II/2026", "Tháng 3/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public String label(Locale locale) {
        String year = Integer.toString(startsOn.getYear());
        return switch (recurrence) {
            case MONTHLY -> Messages.text(locale, "period.label.MONTHLY", Integer.toString(ordinal), year);
            case QUARTERLY -> Messages.text(locale, "period.label.QUARTERLY", ROMAN[ordinal - 1], year, Integer.toString(ordinal));
            case HALF_YEARLY -> Messages.text(locale, "period.label.HALF_YEARLY." + ordinal, year);
            case YEARLY -> Messages.text(locale, "period.label.YEARLY", year);
        };
    }
}
