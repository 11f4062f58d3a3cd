package vn.chidao.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target with its latest measurement and where it stands on {@code asOf}.
 *
 * @param expected the value the straight-line trajectory asks for on {@code asOf}
 */
public record TargetView(TargetId id, DocumentId document, Pillar pillar, String name, String unitOfMeasure,
                         BigDecimal baseline, LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
                         Direction direction, MeasurementView latest, LocalDate asOf, BigDecimal expected,
                         TargetStanding standing, long version) {
}
