package vn.chidao.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.chidao.organization.UnitId;

public record MeasurementView(long id, TargetId target, BigDecimal value, LocalDate asOf, String source,
                              UnitId reportingUnit, String recordedBy) {
}
