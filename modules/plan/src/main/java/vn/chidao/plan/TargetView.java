package vn.chidao.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A target with its latest measurement and where it stands on {@code asOf}.
 *
 * @param baseline    the value the plan starts from, null when it gives none (never an invented 0)
 * @param targetValue the current horizon's threshold (the first horizon not yet past, else the last)
 * @param expected    the value the straight line from the baseline to the current horizon asks for on {@code asOf};
 *                    null without a baseline
 * @param milestones  every horizon as the plan wrote it, each judged on its own
 * @param written     the horizons as one line: "2025: 15–20%; 2030: ≥ 50%"
 */
public record TargetView(TargetId id, DocumentId document, Pillar pillar, String name, String unitOfMeasure,
                         BigDecimal baseline, LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
                         Direction direction, MeasurementView latest, LocalDate asOf, BigDecimal expected,
                         TargetStanding standing, List<MilestoneView> milestones, String written, long version) {

    public TargetView {
        milestones = List.copyOf(milestones);
    }
}
