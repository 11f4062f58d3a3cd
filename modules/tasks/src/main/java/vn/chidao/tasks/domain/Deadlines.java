package vn.chidao.tasks.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.chidao.tasks.Deadline;
import vn.chidao.tasks.DeadlineKind;
import vn.chidao.tasks.Recurrence;

/**
 * Reads deadlines the way plans write them: "30/6/2025", "2025-06-30", "Quý II/2025",
 * "6 tháng đầu năm 2025", "tháng 9/2025", "năm 2025", "thường xuyên", "hằng quý".
 * A period is due on its last day; a recurring task's first report is due at the end of the
 * period it starts in.
 */
public final class Deadlines {

    private static final Pattern QUARTER = Pattern.compile("quy\\s*(i{1,3}|iv|[1-4])\\s*(?:/|nam)?\\s*(\\d{4})");
    private static final Pattern HALF = Pattern.compile("6 thang (dau|cuoi) nam\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("thang\\s*(\\d{1,2})\\s*(?:/|nam)\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:nam|trong nam|ca nam)\\s*(\\d{4})");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Deadlines() {
    }

    /** Empty when the text is not a deadline this reader knows. */
    public static Optional<Deadline> parse(String text, LocalDate from) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String raw = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DMY, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(Deadline.on(LocalDate.parse(raw.replace('-', raw.contains("/") ? '/' : '-'), format)));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        String plain = plain(raw);
        Matcher m = QUARTER.matcher(plain);
        if (m.find()) {
            int quarter = quarter(m.group(1));
            LocalDate end = LocalDate.of(Integer.parseInt(m.group(2)), quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
            return Optional.of(new Deadline(DeadlineKind.PERIOD, end, raw, null));
        }
        m = HALF.matcher(plain);
        if (m.find()) {
            int year = Integer.parseInt(m.group(2));
            return Optional.of(new Deadline(DeadlineKind.PERIOD,
                    m.group(1).equals("dau") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31), raw, null));
        }
        m = MONTH.matcher(plain);
        if (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            LocalDate end = LocalDate.of(Integer.parseInt(m.group(2)), month, 1).with(TemporalAdjusters.lastDayOfMonth());
            return Optional.of(new Deadline(DeadlineKind.PERIOD, end, raw, null));
        }
        m = YEAR.matcher(plain);
        if (m.find()) {
            return Optional.of(new Deadline(DeadlineKind.PERIOD, LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), raw, null));
        }
        Recurrence recurrence = switch (plain) {
            case "hang thang" -> Recurrence.MONTHLY;
            // ongoing work reports once a quarter, the rhythm of the committee's briefings
            case "hang quy", "thuong xuyen", "lien tuc" -> Recurrence.QUARTERLY;
            case "6 thang/lan", "hang nam 2 lan" -> Recurrence.HALF_YEARLY;
            case "hang nam" -> Recurrence.YEARLY;
            default -> null;
        };
        if (recurrence != null) {
            // work assigned on a period's last day owes its first report at the end of the next one
            LocalDate first = periodEnd(recurrence, from);
            return Optional.of(new Deadline(DeadlineKind.RECURRING, first.equals(from) ? nextPeriodEnd(recurrence, first) : first,
                    raw, recurrence));
        }
        return Optional.empty();
    }

    /** The last day of the period of {@code recurrence} that contains {@code day}. */
    public static LocalDate periodEnd(Recurrence recurrence, LocalDate day) {
        int months = switch (recurrence) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        };
        int lastMonth = ((day.getMonthValue() - 1) / months + 1) * months;
        return LocalDate.of(day.getYear(), lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The end of the period after the one ending on {@code periodEnd}. */
    public static LocalDate nextPeriodEnd(Recurrence recurrence, LocalDate periodEnd) {
        return periodEnd(recurrence, periodEnd.plusDays(1));
    }

    private static int quarter(String roman) {
        return switch (roman) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    /** Lower case without diacritics, so "Quý", "QUÝ" and "Quy" read alike. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd');
        return decomposed.replaceAll("\\s+", " ").strip();
    }
}
