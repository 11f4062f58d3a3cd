package vn.chidao.tasks.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.chidao.kernel.Words;
import vn.chidao.tasks.Deadline;
import vn.chidao.tasks.DeadlineKind;
import vn.chidao.tasks.Recurrence;

/**
 * Reads deadlines the way plans write them: "30/6/2025", "2025-06-30", "Quý II/2025",
 * "6 tháng đầu năm 2025", "tháng 9/2025", "năm 2025", "thường xuyên", "hằng quý", "hằng năm, đến 2025",
 * "hằng quý, trước ngày 15 tháng cuối quý". A period is due on its last day; a periodic task's first
 * report is due for the period it starts owing in.
 */
public final class Deadlines {

    private static final Pattern QUARTER = Pattern.compile("quy\\s*(i{1,3}|iv|[1-4])\\s*(?:/|nam)?\\s*(\\d{4})");
    private static final Pattern HALF = Pattern.compile("6 thang (dau|cuoi) nam\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("thang\\s*(\\d{1,2})\\s*(?:/|nam)\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:nam|trong nam|ca nam)\\s*(\\d{4})");
    private static final Pattern HALF_YEARLY = Pattern.compile("6 thang\\s*(?:/|mot|1)\\s*lan|(?:hang|moi|dinh ky) 6 thang|hang nam 2 lan|nua nam mot lan");
    private static final Pattern UNTIL = Pattern.compile("(?:den|toi|het)\\s*(?:het\\s*)?(?:nam\\s*)?(\\d{4})|\\d{4}\\s*-\\s*(\\d{4})");
    private static final Pattern REPORT_DAY = Pattern.compile("(?:truoc|cham nhat|den) ngay (\\d{1,2})(?!\\s*/)");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Deadlines() {
    }

    /**
     * Empty when the text is not a deadline this reader knows; {@code from} is the day a periodic task
     * starts owing reports (the first period is the one it falls in).
     */
    public static Optional<Deadline> parse(String text, LocalDate from) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String raw = text.strip();
        // "trước 30/6/2025", "trước ngày 30/6/2025", "chậm nhất 30/6/2025": the day itself
        String day = raw.replaceFirst("(?iu)^(trước|chậm nhất|hạn chót|hoàn thành trước)( ngày)?\\s*", "");
        if (!day.equals(raw) && day.matches("\\d.*")) {
            raw = day;
        }
        // a bare year, as appendices write it: the year's last day
        if (raw.matches("(19|20)\\d\\d")) {
            return Optional.of(new Deadline(DeadlineKind.PERIOD, LocalDate.of(Integer.parseInt(raw), 12, 31), raw, null));
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DMY, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(Deadline.on(LocalDate.parse(raw.replace('-', raw.contains("/") ? '/' : '-'), format)));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        String plain = Words.plain(raw);
        Optional<Deadline> periodic = periodic(raw, plain, from);
        if (periodic.isPresent()) {
            return periodic;
        }
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
        return Optional.empty();
    }

    /**
     * A recurring or ongoing deadline, with the end and report day it names; the first period owed is
     * the one {@code from} falls in (the next one when {@code from} is that period's last day).
     */
    private static Optional<Deadline> periodic(String raw, String plain, LocalDate from) {
        DeadlineKind kind = DeadlineKind.RECURRING;
        Recurrence recurrence;
        if (plain.contains("hang thang") || plain.contains("moi thang")) {
            recurrence = Recurrence.MONTHLY;
        } else if (plain.contains("hang quy") || plain.contains("moi quy") || plain.contains("dinh ky quy")) {
            recurrence = Recurrence.QUARTERLY;
        } else if (HALF_YEARLY.matcher(plain).find()) {
            recurrence = Recurrence.HALF_YEARLY;
        } else if (plain.contains("hang nam") || plain.contains("moi nam")) {
            recurrence = Recurrence.YEARLY;
        } else if (plain.contains("thuong xuyen") || plain.contains("lien tuc") || plain.equals("dinh ky")) {
            // an ongoing duty reports once a quarter, the rhythm of the committee's briefings, until the secretariat sets another
            kind = DeadlineKind.ONGOING;
            recurrence = Recurrence.QUARTERLY;
        } else {
            return Optional.empty();
        }
        LocalDate until = null;
        Matcher end = UNTIL.matcher(plain);
        if (end.find()) {
            until = LocalDate.of(Integer.parseInt(end.group(1) != null ? end.group(1) : end.group(2)), 12, 31);
        }
        Integer reportDay = null;
        Matcher day = REPORT_DAY.matcher(plain);
        if (day.find()) {
            reportDay = Integer.parseInt(day.group(1));
            if (reportDay < 1 || reportDay > 31) {
                return Optional.empty();
            }
        }
        LocalDate first = periodEnd(recurrence, from).equals(from) ? from.plusDays(1) : from;
        if (until != null && until.isBefore(periodStart(recurrence, first))) {
            // a part that ended before it is taken in owes its last period
            first = until;
        }
        return Optional.of(new Deadline(kind, dueOf(recurrence, first, reportDay), raw, recurrence, until, reportDay));
    }

    /** The first day of the period of {@code recurrence} that contains {@code day}. */
    public static LocalDate periodStart(Recurrence recurrence, LocalDate day) {
        return periodEnd(recurrence, day).minusMonths(recurrence.months() - 1L).withDayOfMonth(1);
    }

    /** The day the report for the period containing {@code day} is due: the period's end, or day {@code reportDay} of its last month. */
    public static LocalDate dueOf(Recurrence recurrence, LocalDate day, Integer reportDay) {
        LocalDate end = periodEnd(recurrence, day);
        return reportDay == null || reportDay >= end.getDayOfMonth() ? end : end.withDayOfMonth(reportDay);
    }

    /** The last day of the period of {@code recurrence} that contains {@code day}. */
    public static LocalDate periodEnd(Recurrence recurrence, LocalDate day) {
        int months = recurrence.months();
        int lastMonth = ((day.getMonthValue() - 1) / months + 1) * months;
        return LocalDate.of(day.getYear(), lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
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
}
