package vn.chidao.plan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.chidao.kernel.Numbers;
import vn.chidao.kernel.Words;
import vn.chidao.plan.Direction;
import vn.chidao.plan.MeasurementView;
import vn.chidao.plan.MilestoneKind;
import vn.chidao.plan.MilestoneView;
import vn.chidao.plan.TargetStanding;

/**
 * One horizon of a target as plans word it: "đến năm 2025 … 15% đến 20%", "trên 50%", "không quá 5%",
 * "tăng bình quân tối thiểu 7%/năm", "100%". {@link #read} understands the words; the milestone keeps them and
 * judges a measurement against them.
 */
@Embeddable
public class Milestone {

    private static final String NUMBER = "(-?\\d[\\d.,]*)";
    private static final Pattern RANGE = Pattern.compile("^(?:tu )?" + NUMBER + " ?(?:den|toi|-|–|—) ?" + NUMBER + "$");
    private static final Pattern FLOOR = Pattern.compile("^(?:tren|toi thieu|it nhat|khong duoi|khong thap hon|>=|≥|>|tu) ?" + NUMBER + "(?: tro len)?$");
    private static final Pattern CEILING = Pattern.compile("^(?:duoi|khong qua|toi da|khong vuot qua|khong cao hon|<=|≤|<) ?" + NUMBER + "(?: tro xuong)?$");
    private static final Pattern EXACT = Pattern.compile("^" + NUMBER + "$");
    private static final Pattern ANNUAL = Pattern.compile("(?:/ ?nam|moi nam|hang nam|mot nam|binh quan)");
    private static final Pattern LEAD_WORDS = Pattern.compile("^(?:(?:phan dau|dat|muc|la) )+");
    // "tăng", "giảm" name a change, not a level: read only as a yearly rate, never as the value to reach
    private static final Pattern RATE_WORDS = Pattern.compile("^(?:(?:tang truong|toc do tang|tang|binh quan|giam) )+");
    /** A yearly rate this far below the rate (as a share of it) is "at risk" rather than "off track". */
    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.8");

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MilestoneKind kind;

    @Column(name = "low_value", precision = 20, scale = 4)
    private BigDecimal low;

    @Column(name = "high_value", precision = 20, scale = 4)
    private BigDecimal high;

    @Column(name = "due_date", nullable = false)
    private LocalDate due;

    @Column(length = 200)
    private String wording;

    protected Milestone() {
    }

    Milestone(MilestoneKind kind, BigDecimal low, BigDecimal high, LocalDate due, String wording) {
        this.kind = kind;
        this.low = low;
        this.high = high;
        this.due = due;
        this.wording = wording;
    }

    /**
     * Reads a horizon as the plan words it; empty when the words are not a value, range, floor, ceiling or yearly
     * rate this reader knows. The unit of measure may be written with the value ("15% đến 20%", "500 doanh nghiệp").
     */
    public static Optional<Milestone> read(String text, LocalDate due, String unitOfMeasure) {
        if (text == null || text.isBlank() || due == null) {
            return Optional.empty();
        }
        String plain = Words.plain(text);
        if (unitOfMeasure != null && !unitOfMeasure.isBlank() && !unitOfMeasure.strip().equals("%")) {
            plain = plain.replace(Words.plain(unitOfMeasure), " ");
        }
        boolean annual = ANNUAL.matcher(plain).find();
        plain = ANNUAL.matcher(plain).replaceAll(" ").replace("%", " ").replaceAll("\\s+", " ").strip();
        plain = LEAD_WORDS.matcher(plain).replaceFirst("").strip();
        // "giảm bình quân 5%/năm": a yearly fall of at least 5%, kept as a rate of -5
        boolean falling = annual && plain.matches("^(?:\\S+ )*?giam\\b.*") && !plain.startsWith("tang");
        if (annual) {
            plain = RATE_WORDS.matcher(plain).replaceFirst("").strip();
        }
        Matcher m;
        if ((m = RANGE.matcher(plain)).matches()) {
            Optional<BigDecimal> a = Numbers.parse(m.group(1));
            Optional<BigDecimal> b = Numbers.parse(m.group(2));
            if (a.isEmpty() || b.isEmpty() || a.get().compareTo(b.get()) >= 0) {
                return Optional.empty();
            }
            return Optional.of(new Milestone(annual ? MilestoneKind.ANNUAL_RATE : MilestoneKind.RANGE, a.get(), b.get(), due, text.strip()));
        }
        MilestoneKind kind;
        if ((m = FLOOR.matcher(plain)).matches()) {
            kind = annual ? MilestoneKind.ANNUAL_RATE : MilestoneKind.AT_LEAST;
        } else if ((m = CEILING.matcher(plain)).matches()) {
            if (annual) {
                return Optional.empty();
            }
            kind = MilestoneKind.AT_MOST;
        } else if ((m = EXACT.matcher(plain)).matches()) {
            kind = annual ? MilestoneKind.ANNUAL_RATE : MilestoneKind.EXACT;
        } else {
            return Optional.empty();
        }
        Optional<BigDecimal> value = Numbers.parse(m.group(1)).map(v -> falling ? v.abs().negate() : v);
        return value.map(v -> new Milestone(kind, v, kind == MilestoneKind.ANNUAL_RATE ? null : v, due, text.strip()));
    }

    /** The milestone of an old single-value target: the value, reached in the target's direction. */
    public static Milestone exact(BigDecimal value, LocalDate due) {
        return new Milestone(MilestoneKind.EXACT, value, value, due, null);
    }

    /** Whether {@code value} reaches this milestone, for a target that is reached by going {@code direction}. */
    boolean reached(BigDecimal value, Direction direction) {
        boolean higher = direction != Direction.LOWER_IS_BETTER;
        return switch (kind) {
            case AT_LEAST -> value.compareTo(low) >= 0;
            case AT_MOST -> value.compareTo(high) <= 0;
            case RANGE, EXACT -> higher ? value.compareTo(low) >= 0 : value.compareTo(high) <= 0;
            case ANNUAL_RATE -> false;
        };
    }

    /** The value a trajectory heads for: the threshold a measurement must pass. */
    BigDecimal threshold(Direction direction) {
        return switch (kind) {
            case AT_MOST -> high;
            case RANGE, EXACT -> direction == Direction.LOWER_IS_BETTER ? high : low;
            default -> low;
        };
    }

    /**
     * Where the target stands against this milestone on {@code day}: reached → on track; past its day unreached → off
     * track; before it, against the straight line from the baseline (or, with none, from the first measurement) to the
     * threshold. A yearly rate is judged on the latest year's growth over the year before.
     */
    TargetStanding standing(BigDecimal baseline, LocalDate baselineDate, Direction direction, List<MeasurementView> measurements,
                            LocalDate day) {
        List<MeasurementView> known = measurements.stream().filter(m -> !m.asOf().isAfter(day))
                .sorted(Comparator.comparing(MeasurementView::asOf)).toList();
        if (known.isEmpty()) {
            return TargetStanding.NO_DATA;
        }
        if (kind == MilestoneKind.ANNUAL_RATE) {
            return rateStanding(known);
        }
        MeasurementView latest = known.get(known.size() - 1);
        if (reached(latest.value(), direction)) {
            return TargetStanding.ON_TRACK;
        }
        if (day.isAfter(due)) {
            return TargetStanding.OFF_TRACK;
        }
        BigDecimal from = baseline != null ? baseline : known.get(0).value();
        LocalDate fromDay = baseline != null ? baselineDate : known.get(0).asOf();
        if (!due.isAfter(fromDay)) {
            return TargetStanding.OFF_TRACK;
        }
        return new Trajectory(from, fromDay, threshold(direction), due).standing(latest.value(), latest.asOf(), day);
    }

    private TargetStanding rateStanding(List<MeasurementView> known) {
        Map<Integer, BigDecimal> yearly = new TreeMap<>();
        known.forEach(m -> yearly.put(m.asOf().getYear(), m.value()));
        List<Integer> years = new ArrayList<>(yearly.keySet());
        if (years.size() < 2) {
            return TargetStanding.NO_DATA;
        }
        int last = years.get(years.size() - 1);
        BigDecimal before = yearly.get(years.get(years.size() - 2));
        if (before.signum() == 0) {
            return TargetStanding.NO_DATA;
        }
        int span = last - years.get(years.size() - 2);
        double growth = (Math.pow(yearly.get(last).doubleValue() / before.doubleValue(), 1.0 / span) - 1) * 100;
        BigDecimal rate = BigDecimal.valueOf(growth).round(MathContext.DECIMAL64);
        // a rising rate is reached from above it, a falling one (negative) from below it
        int side = low.signum() < 0 ? -1 : 1;
        if (rate.compareTo(low) * side >= 0) {
            return TargetStanding.ON_TRACK;
        }
        return rate.compareTo(low.multiply(RATE_TOLERANCE)) * side >= 0 ? TargetStanding.AT_RISK : TargetStanding.OFF_TRACK;
    }

    /** The short form pages and briefings print: "15–20%", "≥ 50%", "≤ 5 ngày", "100%", "≥ 7%/năm". */
    String written(String unitOfMeasure) {
        String unit = unitOfMeasure == null || unitOfMeasure.isBlank() ? "" : unitOfMeasure.strip().equals("%") ? "%"
                : " " + unitOfMeasure.strip();
        return switch (kind) {
            case AT_LEAST -> "≥ " + number(low) + unit;
            case AT_MOST -> "≤ " + number(high) + unit;
            case RANGE -> number(low) + "–" + number(high) + unit;
            case EXACT -> number(low) + unit;
            case ANNUAL_RATE -> (high != null ? number(low) + "–" + number(high) : (low.signum() < 0 ? "≤ " : "≥ ") + number(low)) + "%/năm";
        };
    }

    MilestoneView view(String unitOfMeasure, TargetStanding standing) {
        return new MilestoneView(kind, strip(low), strip(high), due, wording, written(unitOfMeasure), standing);
    }

    /** For a percentage: whether the values it names lie within 0–100. */
    boolean withinPercent() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        return (low == null || low.signum() >= 0 && low.compareTo(hundred) <= 0)
                && (high == null || high.signum() >= 0 && high.compareTo(hundred) <= 0);
    }

    boolean negative() {
        return low != null && low.signum() < 0 || high != null && high.signum() < 0;
    }

    LocalDate due() {
        return due;
    }

    MilestoneKind kind() {
        return kind;
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(4);
        return format.format(value.setScale(Math.max(0, Math.min(4, value.stripTrailingZeros().scale())), RoundingMode.HALF_UP));
    }

    static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** Lower case without diacritics, so "Trên", "TRÊN" and "tren" read alike. */
}
