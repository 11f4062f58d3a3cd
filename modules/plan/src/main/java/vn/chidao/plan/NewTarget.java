package vn.chidao.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

public record NewTarget(DocumentId document, Pillar pillar, String name, String unitOfMeasure, BigDecimal baseline,
                        LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, Direction direction) {
}
