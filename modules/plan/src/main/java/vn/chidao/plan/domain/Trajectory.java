package vn.chidao.plan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.chidao.plan.TargetStanding;

/**
 * The straight line from a target's baseline to its target value. A measurement is judged
 * against where the line was on the measurement's own date, so a late report is not punished
 * for days that passed after it.
 */
public record Trajectory(BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate) {

    /** How far behind the line (as a share of the whole way) still counts as "at risk". */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.10");
    private static final MathContext MC = MathContext.DECIMAL64;

    /** The share of the way from baseline to target the line has covered on {@code day}, 0 to 1. */
    public BigDecimal expectedShare(LocalDate day) {
        long total = ChronoUnit.DAYS.between(baselineDate, targetDate);
        long done = ChronoUnit.DAYS.between(baselineDate, day);
        if (done <= 0) {
            return BigDecimal.ZERO;
        }
        if (done >= total) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), MC);
    }

    public BigDecimal expectedValue(LocalDate day) {
        return baseline.add(target.subtract(baseline).multiply(expectedShare(day), MC)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The share of the way a value has covered; the sign of the way makes "lower is better" work too. */
    public BigDecimal achievedShare(BigDecimal value) {
        BigDecimal way = target.subtract(baseline);
        if (way.signum() == 0) {
            return BigDecimal.ONE;
        }
        return value.subtract(baseline).divide(way, MC);
    }

    public TargetStanding standing(BigDecimal latest, LocalDate measuredOn, LocalDate today) {
        if (latest == null) {
            return TargetStanding.NO_DATA;
        }
        BigDecimal achieved = achievedShare(latest);
        if (achieved.compareTo(BigDecimal.ONE) >= 0) {
            return TargetStanding.ON_TRACK;
        }
        if (today.isAfter(targetDate)) {
            return TargetStanding.OFF_TRACK;
        }
        BigDecimal expected = expectedShare(measuredOn);
        if (achieved.compareTo(expected) >= 0) {
            return TargetStanding.ON_TRACK;
        }
        return achieved.compareTo(expected.subtract(TOLERANCE)) >= 0 ? TargetStanding.AT_RISK : TargetStanding.OFF_TRACK;
    }
}
