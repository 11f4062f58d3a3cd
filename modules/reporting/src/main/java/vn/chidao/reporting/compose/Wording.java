package vn.chidao.reporting.compose;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.chidao.kernel.Messages;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentView;
import vn.chidao.reporting.engine.Table;
import vn.chidao.tasks.PeriodTally;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TimelineEntry;
import vn.chidao.tasks.UnitStatusCounts;

/**
 * How the reports write: their sentences (the bundle's {@code doc.*} texts, in Vietnamese as the documents
 * are issued), numbers, percentages and days the Vietnamese way, and the rows the templates and the
 * workbooks share.
 */
final class Wording {

    static final Locale VI = Messages.VIETNAMESE;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int PROGRESS_TEXT = 160;

    private Wording() {
    }

    /** The document text {@code doc.<key>} with its arguments. */
    static String text(String key, Object... arguments) {
        return Messages.text(VI, "doc." + key, arguments);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String unitName(Map<Long, UnitView> units, UnitId id) {
        UnitView unit = units.get(id.value());
        return unit == null ? "#" + id.value() : unit.displayName();
    }

    static String documentName(DocumentView document) {
        String kind = Messages.text(VI, "report.documentKind." + document.kind().name());
        return document.issuingBody() == null ? text("documentName", kind, document.number(), day(document.issueDate()))
                : text("documentName.by", kind, document.number(), day(document.issueDate()), document.issuingBody());
    }

    static Map<StatusClass, Long> totals(List<UnitStatusCounts> counts) {
        Map<StatusClass, Long> totals = new EnumMap<>(StatusClass.class);
        counts.forEach(c -> c.counts().forEach((status, n) -> totals.merge(status, n, Long::sum)));
        return totals;
    }

    static long count(UnitStatusCounts counts, StatusClass status) {
        return counts.counts().getOrDefault(status, 0L);
    }

    /** Done on time over everything whose deadline has come: done (on time or late) plus still overdue. */
    /** "12 kỳ đến hạn: 10 đúng hạn, 1 trễ, 1 chưa báo cáo" — how periodic tasks' reports came. */
    static String periods(PeriodTally tally) {
        if (tally.due() == 0) {
            return text("periods.none");
        }
        return text("periods.value", number(tally.due()), number(tally.onTime()), number(tally.late()), number(tally.missing()))
                + (tally.waived() > 0 ? text("periods.waived", number(tally.waived())) : "");
    }

    static String onTimeRate(Map<StatusClass, Long> totals) {
        long[] parts = onTimeParts(totals);
        long onTime = parts[0];
        long due = parts[1];
        if (due == 0) {
            return text("onTime.none");
        }
        return percent(onTime, due) + " (" + number(onTime) + "/" + number(due) + ")";
    }

    /**
     * A row of the facts table: its label and the sentence the PDF prints, and for the workbook the figure as a number and
     * its share of {@code whole} in percent (none when there is no whole).
     */
    static Map<String, Object> fact(String label, String value, Long count, Long whole) {
        return row("label", label, "value", value, "count", count,
                "share", count == null || whole == null || whole == 0 ? null : 100.0 * count / whole);
    }

    /** The facts table's columns: the label, the sentence, and for the workbook the figure and its share as numbers. */
    static List<Table.Column> factColumns() {
        return List.of(Table.Column.text("label", text("facts.label")), Table.Column.text("value", text("facts.value")),
                Table.Column.number("count", text("facts.count")), Table.Column.percent("share", text("facts.share")));
    }

    /** On time, and all that fell due (done on time, done late, overdue): the parts of the on-time rate. */
    static long[] onTimeParts(Map<StatusClass, Long> totals) {
        long onTime = totals.getOrDefault(StatusClass.DONE_ON_TIME, 0L);
        return new long[] {onTime, onTime + totals.getOrDefault(StatusClass.DONE_LATE, 0L) + totals.getOrDefault(StatusClass.OVERDUE, 0L)};
    }

    static String share(long n, long total) {
        return total == 0 || n == 0 ? "" : " (" + percent(n, total) + ")";
    }

    static String percent(long part, long whole) {
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(100.0 * part / whole) + "%";
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(VI).format(n);
    }

    static String decimal(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    static String status(StatusClass status) {
        return Messages.text(VI, "status." + status.name());
    }

    /** The most pressing first: overdue, due soon, not started, on time, done late, done, suspended. */
    static int severity(StatusClass status) {
        return switch (status) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            case NOT_STARTED -> 2;
            case IN_PROGRESS_ON_TIME -> 3;
            case DONE_LATE -> 4;
            case DONE_ON_TIME -> 5;
            case SUSPENDED -> 6;
        };
    }

    static String taskName(String code, String title) {
        return code == null || code.isBlank() ? title : code + ". " + title;
    }

    static String progress(int percent, LocalDate on, String text) {
        if (on == null) {
            return percent == 0 ? text("progress.none") : percent + "%";
        }
        String words = text == null ? "" : ": " + (text.length() > PROGRESS_TEXT ? text.substring(0, PROGRESS_TEXT) + "…" : text);
        return percent + "% (" + day(on) + ")" + words;
    }

    /** A timeline entry as the task sheet prints it: its sentence, then the words the person wrote. */
    static String describe(TimelineEntry entry) {
        return entry.text() == null || entry.text().isBlank() ? entry.sentence() : entry.sentence() + "\n" + entry.text();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format(VI, "%.1f MB", bytes / 1048576.0);
    }

    /** A file-name friendly form of a document number or code: 382/KH-UBND → 382-kh-ubnd. */
    static String slug(String text) {
        String ascii = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
