package vn.chidao.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new target. Its horizons are {@code milestones} as the plan words them; a single {@code targetValue} by
 * {@code targetDate} is the short form of one. {@code baseline} and {@code baselineDate} come together or not
 * at all: most plans give none, and none is invented.
 */
public record NewTarget(DocumentId document, Pillar pillar, String name, String unitOfMeasure, BigDecimal baseline,
                        LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, List<NewMilestone> milestones,
                        Direction direction) {

    public NewTarget {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public NewTarget(DocumentId document, Pillar pillar, String name, String unitOfMeasure, BigDecimal baseline,
                     LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, Direction direction) {
        this(document, pillar, name, unitOfMeasure, baseline, baselineDate, targetValue, targetDate, List.of(), direction);
    }
}
