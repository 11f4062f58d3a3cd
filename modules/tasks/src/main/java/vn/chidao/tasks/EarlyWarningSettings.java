package vn.chidao.tasks;

import java.time.Instant;

/**
 * The secretariat's settings for the early warning ({@link EarlyWarning}): a dated task's progress is judged once
 * {@code from} % of its time has gone and warned about when it trails the time gone by more than {@code margin} points; a
 * periodic task once {@code missedPeriods} of its periods due in the last twelve months were reported late or missed. Changed whole, with the
 * {@code version} read.
 */
public record EarlyWarningSettings(Integer from, Integer margin, Integer missedPeriods, Long version, String changedBy,
                                   Instant changedAt) {
}
