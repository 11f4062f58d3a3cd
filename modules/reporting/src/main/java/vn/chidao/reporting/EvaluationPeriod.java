package vn.chidao.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.chidao.kernel.RuleViolation;

/**
 * A period units are evaluated for: a quarter ("2025-Q3", quý III năm 2025) or a year ("2025"). Its code is what
 * addresses and archives name it by.
 */
public record EvaluationPeriod(int year, Integer quarter) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-[Qq]([1-4]))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public EvaluationPeriod {
        if (year < 2000 || year > 2100 || (quarter != null && (quarter < 1 || quarter > 4))) {
            throw RuleViolation.invalid("period", "evaluation.period.unreadable", year + (quarter == null ? "" : "-Q" + quarter));
        }
    }

    /** "2025-Q3" or "2025"; anything else is refused naming the field. */
    public static EvaluationPeriod parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw RuleViolation.invalid("period", "evaluation.period.unreadable", code);
        }
        return new EvaluationPeriod(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)));
    }

    /** The quarter or year {@code day} falls in. */
    public static EvaluationPeriod quarterOf(LocalDate day) {
        return new EvaluationPeriod(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public String code() {
        return quarter == null ? Integer.toString(year) : year + "-Q" + quarter;
    }

    public LocalDate from() {
        return LocalDate.of(year, quarter == null ? 1 : (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate to() {
        return quarter == null ? LocalDate.of(year, 12, 31) : from().plusMonths(3).minusDays(1);
    }

    /** As documents write it: "quý III năm 2025", "năm 2025". */
    public String label() {
        return quarter == null ? "năm " + year : "quý " + ROMAN[quarter - 1] + " năm " + year;
    }

    public EvaluationPeriod previous() {
        return quarter == null ? new EvaluationPeriod(year - 1, null)
                : quarter == 1 ? new EvaluationPeriod(year - 1, 4) : new EvaluationPeriod(year, quarter - 1);
    }
}
