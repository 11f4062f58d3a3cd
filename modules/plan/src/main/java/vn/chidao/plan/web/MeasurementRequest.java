package vn.chidao.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record MeasurementRequest(
        @NotNull(message = "{target.value.required}") BigDecimal value,
        @NotNull(message = "{target.date.required}") LocalDate asOf,
        @Size(max = 500) String source,
        Long reportingUnitId) {
}
