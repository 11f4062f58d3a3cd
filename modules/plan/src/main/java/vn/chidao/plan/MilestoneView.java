package vn.chidao.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One horizon of a target as the plan wrote it ("đến năm 2025: 15–20%") and where it stands as of the
 * target view's day. {@code low} and {@code high} are the same for a single value; {@code written} is the
 * short form pages and briefings print ("15–20%", "≥ 50%", "≥ 7%/năm").
 */
public record MilestoneView(MilestoneKind kind, BigDecimal low, BigDecimal high, LocalDate due, String wording, String written,
                            TargetStanding standing) {
}
