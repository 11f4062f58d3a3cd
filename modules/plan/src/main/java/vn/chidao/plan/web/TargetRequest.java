package vn.chidao.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.chidao.plan.Direction;
import vn.chidao.plan.Pillar;

/**
 * A new target: its horizons as the plan words them ({@code milestones}: "15% đến 20%" by 2025-12-31, "trên 50%" by
 * 2030-12-31), or one {@code targetValue} by {@code targetDate}; a baseline only when the plan gives one.
 */
public record TargetRequest(
        @NotNull(message = "{target.pillar.required}") Pillar pillar,
        @NotBlank(message = "{target.name.required}") @Size(max = 500, message = "{target.name.size}") String name,
        @NotBlank(message = "{target.unitOfMeasure.required}") @Size(max = 32) String unitOfMeasure,
        BigDecimal baseline,
        LocalDate baselineDate,
        BigDecimal targetValue,
        LocalDate targetDate,
        @Size(max = 10) List<@Valid MilestoneRequest> milestones,
        @NotNull(message = "{target.direction.required}") Direction direction) {

    /** One horizon: the words of the plan and the day they are due by. */
    public record MilestoneRequest(@NotBlank(message = "{target.milestone.textRequired}") @Size(max = 200) String text,
                                   @NotNull(message = "{target.milestone.dueRequired}") LocalDate due) {
    }
}
