package vn.chidao.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.chidao.plan.Direction;
import vn.chidao.plan.Pillar;

public record TargetRequest(
        @NotNull(message = "{target.pillar.required}") Pillar pillar,
        @NotBlank(message = "{target.name.required}") @Size(max = 500, message = "{target.name.size}") String name,
        @NotBlank(message = "{target.unitOfMeasure.required}") @Size(max = 32) String unitOfMeasure,
        @NotNull(message = "{target.value.required}") BigDecimal baseline,
        @NotNull(message = "{target.date.required}") LocalDate baselineDate,
        @NotNull(message = "{target.value.required}") BigDecimal targetValue,
        @NotNull(message = "{target.date.required}") LocalDate targetDate,
        @NotNull(message = "{target.direction.required}") Direction direction) {
}
